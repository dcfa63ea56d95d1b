package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule folder changed while the server answers: requests run on 8 connections while a broken
 * rule is dropped in, then fixed with a new weight. No request fails, the broken base is never
 * served, every answer is exactly the single-threaded answer of the rule set whose SHA-256 it
 * carries (no answer from a half-loaded base), and the refusal is shown by the health endpoint and
 * the trainers' page with its file and line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vigie.rules-reload.interval=100ms")
@AutoConfigureMockMvc
class RulesReloadUnderLoadTest {

    private static final String FOOD_AID = "solidarity/food-aid.drl";
    private static final String SIGNAL = "Signal(indicator == Indicator.FOOD_AID_REQUESTS, atLeastWatch)";
    private static final List<String> SCENARIOS = List.of("canicule-bourg-rural", "inondation-vallee", "quartiers-nord-confinement");
    private static final Pattern SHA = Pattern.compile("\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"");
    private static final Path DIR;
    private static final Path RULES;

    static {
        try {
            DIR = Files.createTempDirectory("vigie-reload");
            RULES = RuleFolders.copy(DIR.resolve("rules"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void servedFolder(DynamicPropertyRegistry registry) {
        registry.add("vigie.rules-dir", RULES::toString);
        registry.add("vigie.data-dir", () -> DIR.resolve("data").toString());
    }

    @AfterAll
    static void removeFolder() throws Exception {
        FileSystemUtils.deleteRecursively(DIR);
    }

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBrokenRuleDroppedInUnderLoadFailsNoRequestAndAFixIsServedWhole() throws Exception {
        Map<String, byte[]> bodies = new java.util.LinkedHashMap<>();
        for (String s : SCENARIOS) {
            bodies.put(s, Files.readAllBytes(Path.of("scenarios", s + ".yaml")));
        }
        String startSha = RuleSetFiles.fromDirectory(RULES).sha256();
        assertThat(health().path("sha256").asString()).isEqualTo(startSha);

        // the first answer per rule set and scenario; every later one must equal it
        Map<String, String> firstAnswer = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int offset = t;
            Thread client = new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    String name = SCENARIOS.get(i % SCENARIOS.size());
                    try {
                        HttpResponse<String> r = http.send(assessment(bodies.get(name)), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        Matcher m = SHA.matcher(r.body());
                        if (r.statusCode() != 200 || !m.find()) {
                            failures.add(name + " → " + r.statusCode());
                            continue;
                        }
                        String known = firstAnswer.putIfAbsent(m.group(1) + "/" + name, r.body());
                        if (known != null && !known.equals(r.body())) {
                            failures.add(name + ": two different answers from rule set " + m.group(1));
                        }
                        answered.incrementAndGet();
                    } catch (Exception e) {
                        failures.add(name + " → " + e);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        try {
            // 1. a rule that does not compile
            RuleFolders.edit(RULES, FOOD_AID, SIGNAL, SIGNAL.replace("indicator ==", "indicatr =="));
            int line = RuleFolders.lineOf(RULES, FOOD_AID, "indicatr");
            JsonNode refused = await(h -> "refused".equals(h.path("reload").asString()));
            assertThat(refused.path("sha256").asString()).as("still served").isEqualTo(startSha);
            JsonNode problem = refused.path("refusedChange").path("problems").get(0);
            assertThat(problem.path("file").asString()).isEqualTo(FOOD_AID);
            assertThat(problem.path("line").asInt()).isEqualTo(line);
            assertThat(problem.path("message").asString()).contains("indicatr");
            String page = mvc.perform(get("/formateur/regles").with(user("formateur").roles("TRAINER")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains(FOOD_AID, ">" + line + "<", "indicatr", startSha);
            Thread.sleep(500);

            // 2. fixed, with a new weight: served all at once
            RuleFolders.edit(RULES, FOOD_AID, "indicatr ==", "indicator ==");
            RuleFolders.edit(RULES, "weights.yaml", "  watch: 20", "  watch: 22");
            String newSha = RuleSetFiles.fromDirectory(RULES).sha256();
            JsonNode reloaded = await(h -> newSha.equals(h.path("sha256").asString()));
            assertThat(reloaded.path("reload").asString()).isEqualTo("ok");
            Thread.sleep(500);
        } finally {
            running.set(false);
            for (Thread c : clients) {
                c.join();
            }
        }
        String newSha = RuleSetFiles.fromDirectory(RULES).sha256();
        System.out.printf("reload under load: %d answers, rule sets %s, %d failures%n", answered.get(),
                firstAnswer.keySet().stream().map(k -> k.substring(0, 12)).distinct().toList(), failures.size());
        assertThat(failures).as("failed requests or mixed answers").isEmpty();
        assertThat(answered.get()).isGreaterThan(20);
        assertThat(firstAnswer.keySet()).as("only the start and the fixed rule sets answered")
                .allMatch(k -> k.startsWith(startSha) || k.startsWith(newSha))
                .anyMatch(k -> k.startsWith(newSha));
        // each answer is the one its rule set gives when nothing else runs
        for (Map.Entry<String, String> e : firstAnswer.entrySet()) {
            String sha = e.getKey().substring(0, 64);
            String name = e.getKey().substring(65);
            String expected = JsonReport.render(rules(sha, startSha).assess(VigieSociale.readScenario(Path.of("scenarios", name + ".yaml")))) + "\n";
            assertThat(e.getValue()).as("%s by %s", name, sha).isEqualTo(expected);
        }
        assertThat(mvc.perform(get("/formateur/regles")).andReturn().getResponse().getStatus()).as("trainers only").isEqualTo(302);
    }

    /** The rule base of the start (the project's rules, which the served folder copied) or of the folder as it is now. */
    private static fr.vigiesociale.api.RuleBase rules(String sha, String startSha) {
        return VigieSociale.loadRules(sha.equals(startSha) ? Path.of("rules") : RULES);
    }

    private HttpRequest assessment(byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/assessments"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private JsonNode health() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/rules")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body()).path("components").path("ruleset").path("details");
    }

    private JsonNode await(Predicate<JsonNode> done) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode h = health();
        while (!done.test(h)) {
            assertThat(System.nanoTime()).as("health details now: %s", h).isLessThan(end);
            Thread.sleep(100);
            h = health();
        }
        return h;
    }
}
