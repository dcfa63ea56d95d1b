package fr.vigiesociale.session;

import fr.vigiesociale.exercise.Timeline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The timelines of the sessions used most recently, {@link #MAX} at most (about 275 kB each). A
 * session's timeline never changes, so one pushed out is played again from its session when asked.
 */
final class TimelineCache {

    static final int MAX = 64;

    private final Map<Long, Timeline> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Timeline> eldest) {
            return size() > MAX;
        }
    };

    Timeline get(long sessionId, Supplier<Timeline> play) {
        synchronized (recent) {
            Timeline known = recent.get(sessionId);
            if (known != null) {
                return known;
            }
        }
        Timeline played = play.get(); // outside the lock: playing an exercise takes tens of milliseconds
        synchronized (recent) {
            Timeline first = recent.putIfAbsent(sessionId, played);
            return first == null ? played : first;
        }
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
