package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.VigieSocialeApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app pointed at a rule folder that does not load stops at once with the command line's
 * list of problems (file, line, message) and what to do: no stack trace through Spring. It runs in
 * its own JVM, as an operator would start it.
 */
class BrokenRulesStartupTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theWebAppRefusesABrokenRuleFolderInPlainWords(@TempDir Path dir) throws Exception {
        Path rules = RuleFolders.copy(dir.resolve("rules"));
        // a rule that does not compile: a misspelt field of the scenario in its condition
        RuleFolders.edit(rules, "solidarity/food-aid.drl", "Signal(indicator == Indicator.FOOD_AID_REQUESTS, atLeastWatch)",
                "Signal(indicatr == Indicator.FOOD_AID_REQUESTS, atLeastWatch)");
        int line = RuleFolders.lineOf(rules, "solidarity/food-aid.drl", "indicatr");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), VigieSocialeApplication.class.getName(),
                "--vigie.rules-dir=" + rules, "--server.port=0", "--vigie.data-dir=" + dir.resolve("data"),
                "--spring.datasource.url=jdbc:h2:mem:broken")
                .redirectErrorStream(true).start();
        String output = read(app);
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app stops by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(output).contains("APPLICATION FAILED TO START", "Les règles de " + rules + " ne se chargent pas",
                "solidarity/food-aid.drl:" + line + ": une condition lit « indicatr », que Signal n'a pas [→ indicator]",
                "verify-rules");
        assertThat(output).as("no stack trace nor internal class name")
                .doesNotContain("\tat ", "Exception", "fr.vigiesociale.");
        assertThat(output.lines().count()).as("a short message, not a stack trace: %s", output).isLessThan(40);
    }

    private static String read(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
