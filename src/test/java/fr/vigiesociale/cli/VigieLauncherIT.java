package fr.vigiesociale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.report.JsonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./vigie} launcher, on the jar the build just made: it extracts the jar, records its
 * class-data-sharing archive on first use, and then answers exactly as {@code java -jar} does.
 */
class VigieLauncherIT {

    private record Run(int code, String out, String err) { }

    private static Run vigie(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "vigie"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("./vigie %s ends", List.of(args)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherGivesTheJsonOfTheJarAndRecordsItsArchiveOnce(@TempDir Path dir) throws Exception {
        Run help = vigie(dir, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("evaluate", "batch");
        assertThat(Path.of("target/vigie/cli.jsa")).exists();

        Run json = vigie(dir, "evaluate", "--format", "json", "scenarios/canicule-bourg-rural.yaml");
        assertThat(json.code()).isZero();
        assertThat(json.err()).doesNotContain("première utilisation");
        assertThat(json.out()).isEqualTo(JsonReport.render(VigieSociale.bundledRules()
                .assess(VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml")))) + "\n");
    }

    @Test
    void aMistakeIsReportedAsByTheJarWithItsExitCode(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("mauvais.yaml");
        Files.writeString(bad, "schemaVersion: 1\nid: x\ntitle: t\nterritory: {name: a, level: COMMUNE, population: 10}\n"
                + "crisis: {kind: HEALTH, phase: ACUTEE}\n");
        Run run = vigie(dir, "evaluate", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("crisis.phase", "ACUTEE", "vouliez-vous dire « ACUTE »").doesNotContain("Exception");
    }
}
