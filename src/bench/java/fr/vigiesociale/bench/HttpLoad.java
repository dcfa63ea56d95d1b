package fr.vigiesociale.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded loopback load: {@code HttpLoad URL SECONDS CONNECTIONS [BODY CONTENT_TYPE]} sends
 * requests back to back from CONNECTIONS threads for SECONDS, then prints the count, errors, p50 and
 * p99 latency. GET without a body, POST with one; BODY is a file, or a folder whose {@code .yaml}
 * files are sent in turn (distinct scenarios, so that nothing is answered twice from memory). Used by
 * scripts/bench/run.sh.
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        int connections = Integer.parseInt(args[2]);
        List<byte[]> bodies = new ArrayList<>();
        if (args.length > 3 && Files.isDirectory(Path.of(args[3]))) {
            try (var files = Files.list(Path.of(args[3]))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    bodies.add(Files.readAllBytes(p));
                }
            }
        } else if (args.length > 3) {
            bodies.add(Files.readAllBytes(Path.of(args[3])));
        }
        AtomicInteger next = new AtomicInteger();
        String type = args.length > 4 ? args[4] : "application/yaml";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
                    HttpRequest r = bodies.isEmpty() ? b.GET().build() : b.header("Content-Type", type).POST(HttpRequest
                            .BodyPublishers.ofByteArray(bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size())))).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> res = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        if (res.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        System.out.printf(java.util.Locale.ROOT, "requests %d, errors %d, %.0f/s, p50 %.1f ms, p99 %.1f ms%n", sorted.size(),
                errors.get(), sorted.size() / Double.parseDouble(args[1]), p50, p99);
    }
}
