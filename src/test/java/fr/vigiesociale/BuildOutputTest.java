package fr.vigiesociale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Running the app with the README's command ({@code mvn spring-boot:run}, which compiles the tests
 * too) prints what it does and nothing that looks like a failure: the rule precompilation neither
 * waits for Drools' idle threads nor prints the stack trace of stopping them, the test client is
 * generated without its list of files and its banner, and no DRL file is out of its package's folder.
 */
class BuildOutputTest {

    @Test
    void theBuildStepsThatRunBeforeTheAppSayNothingButWhatTheyDid() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String precompile = pom.substring(pom.indexOf("<id>precompile-rules</id>"), pom.indexOf("</execution>", pom.indexOf("<id>precompile-rules</id>")));
        assertThat(precompile).contains("<cleanupDaemonThreads>false</cleanupDaemonThreads>");
        String client = pom.substring(pom.indexOf("<id>test-client</id>"), pom.indexOf("</execution>", pom.indexOf("<id>test-client</id>")));
        assertThat(client).contains("<quiet>true</quiet>");
        assertThat(Files.readString(Path.of(".mvn/jvm.config"))).contains("-Dorg.slf4j.simpleLogger.log.org.openapitools=error");
        try (var drl = Files.walk(Path.of("rules"))) {
            drl.filter(p -> p.toString().endsWith(".drl")).forEach(p -> {
                String folder = Path.of("rules").relativize(p.getParent()).toString().replace('/', '.');
                try {
                    assertThat(Files.readString(p)).as(p.toString()).containsPattern("(?m)^package rules\\." + folder.replace(".", "\\.") + ";");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
