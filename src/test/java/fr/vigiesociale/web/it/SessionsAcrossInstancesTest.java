package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.VigieSocialeApplication;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.PostgresFanOut;
import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.web.session.ParticipantAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one PostgreSQL database, as behind a load balancer: the
 * trainer moves the clock on instance A, and a participant whose page is connected to instance B
 * gets each move on its event stream. Run by {@code .ci/postgres-tests} on a throwaway PostgreSQL
 * (the build's own tests use H2, where there is nothing to share).
 */
@EnabledIfSystemProperty(named = "vigie.test.expect-db", matches = "PostgreSQL")
class SessionsAcrossInstancesTest {

    private static final String TRAINER = "formateur";

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aParticipantOnInstanceBSeesTheClockMovedByTheTrainerOnInstanceA() throws Exception {
        try (ConfigurableApplicationContext a = start(); ConfigurableApplicationContext b = start()) {
            await(a.getBean(PostgresFanOut.class));
            await(b.getBean(PostgresFanOut.class));
            SessionService onA = a.getBean(SessionService.class);
            ExerciseSession s = onA.open(TRAINER, "canicule-personnes-isolees", Lang.FR);
            SessionService.Joined joined = b.getBean(SessionService.class).join(s.joinCode(), "Alice Martin", Actor.COMMUNE_CCAS);

            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest stream = HttpRequest.newBuilder(URI.create("http://localhost:" + port(b) + "/participant/evenements"))
                    .header("Accept", "text/event-stream")
                    .header("Cookie", ParticipantAuthentication.COOKIE + "=" + joined.token()).build();
            http.sendAsync(stream, HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().filter(l -> l.startsWith("data:")).forEach(events::add));
            assertThat(next(events)).as("the state on connecting").contains("\"state\":\"WAITING\"");

            onA.move(TRAINER, s.id(), SessionService.Move.START);
            assertThat(next(events)).as("started on A, seen on B").contains("\"state\":\"RUNNING\"", "\"inject\":0");
            onA.move(TRAINER, s.id(), SessionService.Move.NEXT);
            assertThat(next(events)).as("next inject on A, seen on B").contains("\"inject\":1");
            onA.move(TRAINER, s.id(), SessionService.Move.PAUSE);
            assertThat(next(events)).contains("\"state\":\"PAUSED\"");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VigieSocialeApplication.class).run("--server.port=0",
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + System.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + System.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + System.getProperty("spring.datasource.password", ""));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void await(PostgresFanOut fanOut) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!fanOut.listening()) {
            assertThat(System.nanoTime()).as("the instance listens to the others").isLessThan(end);
            Thread.sleep(50);
        }
    }

    private static String next(BlockingQueue<String> events) throws InterruptedException {
        String e = events.poll(15, TimeUnit.SECONDS);
        assertThat(e).as("an event within 15 s").isNotNull();
        return e;
    }
}
