package fr.vigiesociale.web.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong guesses (a password, a join code) counted per client and in all over a sliding window.
 * Past {@code perClient}, that client waits until its oldest guess leaves the window; past
 * {@code overall}, everyone does, so that guesses spread over many addresses are slowed too. A
 * right guess clears the client's count.
 */
public final class FailedAttempts {

    /** At most this many clients are remembered; past it the oldest counts are dropped. */
    static final int MAX_CLIENTS = 10_000;

    private final int perClient;
    private final int overall;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    FailedAttempts(int perClient, int overall, Duration window, Clock clock) {
        this.perClient = perClient;
        this.overall = overall;
        this.window = window;
        this.clock = clock;
    }

    /** How long {@code client} must wait before its next guess; zero when it may guess now. */
    public Duration waitFor(String client) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Deque<Instant> mine = byClient.get(client);
        if (mine != null) {
            synchronized (mine) {
                wait = max(wait, waitOf(mine, perClient, now));
            }
        }
        synchronized (all) {
            return max(wait, waitOf(all, overall, now));
        }
    }

    public void failed(String client) {
        Instant now = clock.instant();
        if (byClient.size() >= MAX_CLIENTS) {
            byClient.clear();
        }
        Deque<Instant> mine = byClient.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (mine) {
            record(mine, perClient, now);
        }
        synchronized (all) {
            record(all, overall, now);
        }
    }

    public void succeeded(String client) {
        byClient.remove(client);
    }

    private void record(Deque<Instant> times, int limit, Instant now) {
        drop(times, now);
        times.addLast(now);
        while (times.size() > limit) {
            times.removeFirst();
        }
    }

    private Duration waitOf(Deque<Instant> times, int limit, Instant now) {
        drop(times, now);
        return times.size() < limit ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
    }

    private void drop(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
