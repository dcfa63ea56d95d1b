package fr.vigiesociale.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fr.vigiesociale.docs.ApiSchemas;
import fr.vigiesociale.i18n.Lang;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every client error the OpenAPI document declares for an operation ({@link ApiOperations}) is
 * sent to that operation of the running application and comes back with that status, as a problem
 * document valid against the Problem schema, in French: the document promises nothing the API
 * does not do, and an operation or an error added without its request here fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsTest {

    private static final String SCENARIO = """
            {"schemaVersion": 1, "id": "t", "title": "T", "territory": {"name": "X", "level": "COMMUNE", "population": 1000},
             "crisis": {"kind": "HEALTH", "phase": "ACUTE"}}""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** A request: POST when it has a body. */
    private record Req(String path, String contentType, String accept, byte[] body) {

        static Req get(String path) {
            return new Req(path, null, null, null);
        }

        static Req post(String path, String contentType, String body) {
            return new Req(path, contentType, null, body.getBytes(StandardCharsets.UTF_8));
        }

        Req accept(String type) {
            return new Req(path, contentType, type, body);
        }
    }

    /** For each operation, one request per error it declares. */
    private static Map<String, Map<Integer, Req>> requests() {
        String tooBig = " ".repeat(1024 * 1024 + 10);
        Map<String, Map<Integer, Req>> all = new TreeMap<>();
        for (String path : List.of(AssessmentApi.PATH, ComparisonApi.PATH, ExerciseApi.TIMELINES)) {
            all.put("post " + path, Map.of(
                    400, Req.post(path + "?lang=xx", "application/json", SCENARIO),
                    406, Req.post(path, "application/json", SCENARIO).accept("text/csv"),
                    413, Req.post(path, "application/json", tooBig),
                    415, Req.post(path, "text/plain", SCENARIO),
                    422, path.equals(ExerciseApi.TIMELINES) ? Req.post(path, "application/yaml", "exerciseVersion: 1\nid: x\n")
                            : Req.post(path, "application/json", "{\"schemaVersion\": 1}")));
        }
        all.put("post " + BatchApi.PATH, Map.of(
                400, Req.post(BatchApi.PATH + "?lang=xx", "text/csv", "inseeCode\n59512\n"),
                406, Req.post(BatchApi.PATH, "text/csv", "inseeCode\n59512\n").accept("image/png"),
                413, new Req(BatchApi.PATH, "text/csv", null, new byte[(int) BatchApi.MAX_BYTES + 10]),
                415, Req.post(BatchApi.PATH, "application/json", "{}"),
                422, Req.post(BatchApi.PATH, "text/csv", "inseeCode;kind\n00000;HEALTH\n")));
        all.put("get /api/territories", Map.of(400, Req.get("/api/territories"),
                406, Req.get("/api/territories?q=roub").accept("text/csv")));
        all.put("get " + ScenarioApi.PATH, Map.of(406, Req.get(ScenarioApi.PATH).accept("text/csv")));
        all.put("get " + ScenarioApi.PATH + "/{id}", Map.of(404, Req.get(ScenarioApi.PATH + "/pas-de-tel-scenario"),
                406, Req.get(ScenarioApi.PATH + "/quartiers-nord-confinement").accept("text/csv")));
        all.put("get " + RuleApi.PATH, Map.of(400, Req.get(RuleApi.PATH + "?lang=de"), 406, Req.get(RuleApi.PATH).accept("text/csv")));
        all.put("get " + ExerciseApi.PATH, Map.of(406, Req.get(ExerciseApi.PATH).accept("text/csv")));
        all.put("get " + ExerciseApi.PATH + "/{id}", Map.of(404, Req.get(ExerciseApi.PATH + "/inconnu"),
                406, Req.get(ExerciseApi.PATH + "/canicule-personnes-isolees").accept("text/csv")));
        all.put("get " + ExerciseApi.PATH + "/{id}/timeline", Map.of(
                400, Req.get(ExerciseApi.PATH + "/canicule-personnes-isolees/timeline?lang=xx"),
                404, Req.get(ExerciseApi.PATH + "/inconnu/timeline"),
                406, Req.get(ExerciseApi.PATH + "/canicule-personnes-isolees/timeline").accept("text/csv")));
        return all;
    }

    /** Status, content type and body of an answer. */
    private record Answer(int status, String type, String body) { }

    private Answer send(Req r) throws Exception {
        if (r.body() != null && r.body().length > 4 * 1024 * 1024) {
            return declaredOnly(r);
        }
        HttpResponse<String> h = exchange(r);
        return new Answer(h.statusCode(), h.headers().firstValue("Content-Type").orElse(""), h.body());
    }

    /**
     * A body too large is refused from its declared length, before it is read: the headers alone
     * are sent (the server closes the connection after its answer, so the body would hit a closed socket).
     */
    private Answer declaredOnly(Req r) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST " + r.path() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: " + r.contentType() + "\r\nContent-Length: " + r.body().length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // the answer is read as it comes, without waiting for the server to close the connection
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            int status = Integer.parseInt(line(in).substring(9, 12));
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                headers.put(h.substring(0, h.indexOf(':')), h.substring(h.indexOf(':') + 1).strip());
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                body.write(in.readNBytes(Integer.parseInt(headers.getOrDefault("Content-Length", "0"))));
            }
            return new Answer(status, headers.getOrDefault("Content-Type", ""), body.toString(StandardCharsets.UTF_8));
        }
    }

    /** One line of the answer's head, without its CRLF. */
    private static String line(java.io.InputStream in) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private HttpResponse<String> exchange(Req r) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.path()));
        if (r.contentType() != null) {
            b.header("Content-Type", r.contentType());
        }
        if (r.accept() != null) {
            b.header("Accept", r.accept());
        }
        b.method(r.body() == null ? "GET" : "POST", r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Spring's own English texts, which a French user must never read. */
    private static boolean english(String body) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
        String text = json.path("title").asString() + " " + json.path("detail").asString();
        return text.matches("(?s).*\\b(Required|Bad Request|is not present|Not Acceptable|Unsupported)\\b.*");
    }

    @Test
    void everyDeclaredClientErrorIsWhatTheOperationAnswers() throws Exception {
        JsonSchema problem = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ApiSchemas.standalone("Problem", "urn:test:problem", Lang.FR));
        Map<String, Map<Integer, Req>> requests = requests();
        List<String> wrong = new ArrayList<>();
        for (ApiOperations.Op op : ApiOperations.ALL) {
            String key = op.method() + " " + op.path();
            Map<Integer, Req> sent = requests.getOrDefault(key, Map.of());
            assertThat(new TreeMap<>(sent).keySet()).as("the errors %s declares", key).isEqualTo(op.errors().keySet());
            for (Map.Entry<Integer, Req> e : sent.entrySet()) {
                Answer r = send(e.getValue());
                String type = r.type();
                if (r.status() != e.getKey()) {
                    wrong.add(key + ": " + r.status() + " instead of " + e.getKey());
                } else if (!type.startsWith("application/problem+json")) {
                    wrong.add(key + " " + e.getKey() + ": " + type);
                } else if (!problem.validate(r.body(), InputFormat.JSON).isEmpty()) {
                    wrong.add(key + " " + e.getKey() + ": " + problem.validate(r.body(), InputFormat.JSON));
                } else if (english(r.body())) {
                    wrong.add(key + " " + e.getKey() + ": not in French: " + r.body());
                }
            }
        }
        assertThat(requests.keySet()).as("every operation sent is in the document")
                .isSubsetOf(ApiOperations.ALL.stream().map(op -> op.method() + " " + op.path()).toList());
        assertThat(wrong).isEmpty();
    }
}
