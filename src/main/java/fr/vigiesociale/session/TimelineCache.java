package fr.vigiesociale.session;

import fr.vigiesociale.exercise.Timeline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The timelines of the sessions used most recently, {@link #MAX} at most (about 275 kB each), by
 * session and rule set. A session's timeline changes only with the rules, so one pushed out is
 * played again from its session when asked, and one played by rules since replaced is not used.
 */
final class TimelineCache {

    static final int MAX = 64;

    private final Map<Key, Timeline> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Timeline> eldest) {
            return size() > MAX;
        }
    };

    private record Key(long sessionId, String rulesetSha256) { }

    Timeline get(long sessionId, String rulesetSha256, Supplier<Timeline> play) {
        Key key = new Key(sessionId, rulesetSha256);
        synchronized (recent) {
            Timeline known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        Timeline played = play.get(); // outside the lock: playing an exercise takes tens of milliseconds
        synchronized (recent) {
            Timeline first = recent.putIfAbsent(key, played);
            return first == null ? played : first;
        }
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
