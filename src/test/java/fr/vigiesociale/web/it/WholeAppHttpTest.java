package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application over real HTTP (Tomcat on a random port): the REST API answers exactly
 * what the command line prints, errors are problem+json even outside controllers, the OpenAPI
 * document, Swagger UI and health are served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WholeAppHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String commandLine(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void every_bundled_scenario_posted_as_yaml_gives_byte_for_byte_the_command_line_json() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        for (Path file : files) {
            HttpResponse<String> r = send(at("/api/assessments").header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(file.toString()).isEqualTo(commandLine("evaluate", "--format", "json", file.toString()));
        }
    }

    @Test
    void a_json_scenario_in_english_matches_the_command_line_in_english() throws Exception {
        String json = send(at("/api/scenarios/deconfinement-familles")).body();
        Path tmp = Files.createTempFile("deconfinement", ".json");
        try {
            Files.writeString(tmp, json);
            HttpResponse<String> r = send(at("/api/assessments?lang=en").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
            assertThat(r.body()).isEqualTo(commandLine("evaluate", "--format=json", "--lang", "en", tmp.toString()));
        } finally {
            Files.delete(tmp);
        }
    }

    @Test
    void errors_outside_any_controller_are_problem_json_under_api_and_a_page_elsewhere() throws Exception {
        HttpResponse<String> wrongMethod = send(at("/api/assessments"));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(wrongMethod.body()).contains("\"status\":405").contains("Méthode non admise");

        HttpResponse<String> unknown = send(at("/api/nothing-here").header("Accept", "text/html"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"title\":\"Ressource introuvable\"");

        HttpResponse<String> page = send(at("/pas-de-page").header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Cette page n&#39;existe pas.").doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void openapi_swagger_ui_and_health_are_served() throws Exception {
        HttpResponse<String> docs = send(at("/v3/api-docs"));
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/assessments").contains("/api/comparisons").contains("/api/scenarios/{id}")
                .contains("/api/rules").contains("quartiers-nord-confinement").contains("FOOD-AID-COORDINATION");
        assertThat(send(at("/swagger-ui.html")).body()).contains("swagger-ui");
        HttpResponse<String> health = send(at("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void the_home_page_is_french_and_carries_the_security_headers() throws Exception {
        HttpResponse<String> home = send(at("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"fr\">").contains("Vigie sociale");
        assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void an_upload_over_the_limit_is_refused_with_a_page() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        String boundary = "----vigie";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + big.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
        HttpResponse<String> r = send(at("/import").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        // refused either by the size limit (413) or, before it, by the missing CSRF token (403): never accepted
        assertThat(r.statusCode()).isIn(403, 413);
    }

    @Test
    void a_scenario_sent_as_a_form_upload_to_the_api_is_a_415_naming_the_accepted_types() throws Exception {
        String boundary = "----vigie";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n"
                + java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/quartiers-nord-confinement.yaml"))
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = send(at("/api/assessments").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("application/json, application/yaml").doesNotContain("Exception");
    }

    @Test
    void a_body_that_cannot_be_decoded_is_a_400_that_says_so_never_a_500() throws Exception {
        for (String path : List.of("/api/assessments", "/api/comparisons", "/api/batch")) {
            HttpResponse<String> r = send(at(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=%zz&b=1")));
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(r.body()).as(path).contains("malformed-request", "mal encodé").doesNotContain("Exception");
        }
        HttpResponse<String> broken = send(at("/api/assessments").header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n%zz")));
        assertThat(broken.statusCode()).isBetween(400, 499);
        HttpResponse<String> page = send(at("/evaluation").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("scenario=%G1")));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Requête mal formée", "Retour à l&#39;accueil");
    }

    @Test
    void pagesForbidBrowserFeaturesTheyDoNotUseAndTheSessionCookieStaysOnThisSite() throws Exception {
        HttpResponse<String> home = send(at("/"));
        assertThat(home.headers().firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()", "geolocation=()"));
        HttpResponse<String> login = send(at("/formateur/connexion"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .contains("HttpOnly", "SameSite=Lax"));
    }
}
