package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.report.JsonReport;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API under load, on loopback and bounded: 32 connections send valid and invalid
 * scenarios back to back. No answer is a server error, every valid answer is byte for byte the
 * single-threaded one, every invalid one its 4xx, and the heap after the load stays near the heap
 * before it. A short run here ({@code vigie.load.seconds}, 8 s by default); the full one is
 * {@code mvn -B test -Dtest=ConcurrentLoadTest -Dvigie.load.seconds=60} (figures in docs/robustness.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentLoadTest {

    private static final int CONNECTIONS = 32;

    @LocalServerPort
    int port;
    @Autowired
    RuleBase rules;

    /** One request of the mix, and what it must be answered. */
    private record Case(String name, String type, byte[] body, int status, String expected) { }

    private List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                cases.add(new Case(p.getFileName().toString(), "application/yaml", Files.readAllBytes(p), 200,
                        JsonReport.render(rules.assess(VigieSociale.readScenario(p))) + "\n"));
            }
        }
        String valid = Files.readString(Path.of("scenarios/canicule-bourg-rural.yaml"));
        cases.add(new Case("enum", "application/yaml", bytes(valid.replace("phase: ALERT", "phase: ALERTE")), 422, null));
        cases.add(new Case("duplicate", "application/yaml", bytes(valid + "title: encore\n"), 422, null));
        cases.add(new Case("json", "application/json", bytes("{\"schemaVersion\": 1,"), 422, null));
        cases.add(new Case("control", "application/json", bytes("{\"title\": \"a\\u0001\"}"), 422, null));
        cases.add(new Case("form", "application/x-www-form-urlencoded", bytes("a=%zz"), 400, null));
        StringBuilder keys = new StringBuilder(valid);
        for (int i = 0; i < 5_000; i++) {
            keys.append("cle").append(i).append(": 1\n");
        }
        cases.add(new Case("keys", "application/yaml", bytes(keys.toString()), 422, null));
        return cases;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void thirtyTwoConnectionsGetTheSingleThreadedAnswersAndNoServerError() throws Exception {
        long seconds = Long.getLong("vigie.load.seconds", 8);
        List<Case> cases = cases();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create("http://localhost:" + port + "/api/assessments");
        // warm-up, then the heap the load starts from
        for (Case c : cases) {
            http.send(request(uri, c), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        long heapBefore = heapAfterGc();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Case c = cases.get(Math.floorMod(next.getAndIncrement(), cases.size()));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request(uri, c), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        latencies.add(System.nanoTime() - start);
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() != c.status() || c.expected() != null && !c.expected().equals(r.body())) {
                            wrong.add(c.name() + " → " + r.statusCode());
                        }
                    } catch (Exception e) {
                        wrong.add(c.name() + " → " + e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        long heapAfter = heapAfterGc();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(java.util.Locale.ROOT, "load: %d requests in %d s (%.0f/s), statuses %s, p50 %.1f ms, p99 %.1f ms,"
                        + " heap after GC %d MB before, %d MB after%n", sorted.size(), seconds, sorted.size() / (double) seconds,
                statuses, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                heapBefore >> 20, heapAfter >> 20);
        assertThat(wrong).as("answers that differ from the single-threaded ones").isEmpty();
        assertThat(statuses.keySet()).as("statuses").allMatch(s -> s < 500);
        assertThat(sorted).hasSizeGreaterThan(cases.size() * 2);
        // caches are bounded (what-if runs, reduced bases, timelines): the heap does not keep growing
        assertThat(heapAfter - heapBefore).as("heap growth over the load").isLessThan(96L << 20);
    }

    private static HttpRequest request(URI uri, Case c) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", c.type())
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build();
    }
}
