package fr.vigiesociale.session;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.VigieSocialeApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * "A participant's answer is never lost": a separate JVM runs the application on an H2 file (the
 * default set-up) and records decisions; the test kills it with SIGKILL in the middle of that, then
 * starts the application again on the same file. Every decision the killed process had reported as
 * saved must be there.
 */
class KillAndRestartTest {

    private static final int SAVED_BEFORE_KILL = 25;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyAnswerReportedSavedSurvivesAKillAndARestart(@TempDir Path dir) throws Exception {
        // The database URL the application ships with (H2 file under vigie.data-dir), not one made for the test;
        // command-line arguments override the in-memory URL Maven gives the other tests.
        String url = shippedDatabaseUrl();
        String dataDir = "--vigie.data-dir=" + dir.toAbsolutePath();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecordingMain.class.getName(),
                "--spring.datasource.url=" + url, dataDir, "--spring.main.web-application-type=none",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).start();
        long sessionId = -1;
        List<Long> saved = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (saved.size() < SAVED_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    String[] parts = line.split(" ");
                    sessionId = Long.parseLong(parts[1]);
                    saved.add(Long.parseLong(parts[2]));
                } else if (output.size() < 200) {
                    output.add(line);
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close of the database
            child.waitFor(30, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertThat(saved).as("the recording process ran (its output: %s)", output).hasSize(SAVED_BEFORE_KILL);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(VigieSocialeApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + url, dataDir, "--logging.level.root=WARN")) {
            SessionService service = restarted.getBean(SessionService.class);
            List<Long> found = service.decisions(sessionId).stream().map(Decision::id).toList();
            assertThat(found).containsAll(saved);
            assertThat(service.session(sessionId).state()).isEqualTo(SessionState.RUNNING);
            assertThat(service.participants(sessionId)).hasSize(1);
        }
    }

    private static String shippedDatabaseUrl() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = KillAndRestartTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String url = shipped.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:${vigie.data-dir}/");
        return url;
    }
}
