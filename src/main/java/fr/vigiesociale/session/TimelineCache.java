package fr.vigiesociale.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigiesociale.exercise.Timeline;
import java.util.function.Supplier;

/**
 * The timelines of the sessions used most, {@link #MAX} at most (about 275 kB each), by session and
 * rule set. A session's timeline changes only with the rules, so one pushed out is played again
 * from its session when asked, and one played by rules since replaced is not used.
 */
final class TimelineCache {

    static final int MAX = 64;

    // maintenance on the caller's thread: the bound holds when get returns
    private final Cache<Key, Timeline> recent = Caffeine.newBuilder().maximumSize(MAX).executor(Runnable::run).build();

    private record Key(long sessionId, String rulesetSha256) { }

    Timeline get(long sessionId, String rulesetSha256, Supplier<Timeline> play) {
        Key key = new Key(sessionId, rulesetSha256);
        Timeline known = recent.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Timeline played = play.get(); // outside the cache's lock: playing an exercise takes tens of milliseconds
        Timeline first = recent.asMap().putIfAbsent(key, played);
        return first == null ? played : first;
    }

    long size() {
        recent.cleanUp();
        return recent.estimatedSize();
    }
}
