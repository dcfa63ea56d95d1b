package fr.vigiesociale.web.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Wrong guesses (a password, a join code) counted per client and in all over a sliding window.
 * Past {@code perClient}, that client waits until its oldest guess leaves the window; past
 * {@code overall}, everyone does, so that guesses spread over many addresses are slowed too. A
 * right guess clears the client's count. At most {@link #MAX_CLIENTS} clients are remembered: past
 * it, the least active are forgotten one by one (never every count at once, which a flood of new
 * addresses could otherwise force to wipe a guesser's record).
 */
public final class FailedAttempts {

    /** At most this many clients are remembered. */
    static final int MAX_CLIENTS = 10_000;

    private final int perClient;
    private final int overall;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> byClient;
    private final Deque<Instant> all = new ArrayDeque<>();

    FailedAttempts(int perClient, int overall, Duration window, Clock clock) {
        this.perClient = perClient;
        this.overall = overall;
        this.window = window;
        this.clock = clock;
        // a client whose guesses have all left the window has nothing to remember
        this.byClient = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(window)
                .ticker(() -> nanos(clock.instant())).executor(Runnable::run).build();
    }

    /** How long {@code client} must wait before its next guess; zero when it may guess now. */
    public Duration waitFor(String client) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Deque<Instant> mine = byClient.getIfPresent(client);
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
        Deque<Instant> mine = byClient.get(client, c -> new ArrayDeque<>());
        synchronized (mine) {
            record(mine, perClient, now);
        }
        synchronized (all) {
            record(all, overall, now);
        }
    }

    public void succeeded(String client) {
        byClient.invalidate(client);
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

    /** The instant in nanoseconds, the unit of the cache's ticker (not {@code Clock.millis}, which a
     * clock ticking in microseconds cannot give). */
    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
