package fr.vigiesociale.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one exception to ranking by score: while lives are at stake (an action opened by an emergency
 * rule: shelter for evacuees, door-to-door visits without a network, cool rooms in a heatwave), no
 * coordination meeting and no structural action ranks above it. Such actions, when their score put
 * them above the last life-saving action, move to just after it, in their own order; everything
 * else keeps its place.
 */
final class LifeSafetyFirst {

    private LifeSafetyFirst() {
    }

    /**
     * {@code ranked} reordered; {@code lifeSafety} tells an action opened by an emergency rule,
     * {@code immediate} one whose horizon is the coming days.
     */
    static <T> List<T> apply(List<T> ranked, Predicate<T> lifeSafety, Predicate<T> immediate) {
        int last = -1;
        for (int i = 0; i < ranked.size(); i++) {
            if (lifeSafety.test(ranked.get(i))) {
                last = i;
            }
        }
        List<T> kept = new ArrayList<>();
        List<T> moved = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            T a = ranked.get(i);
            (lifeSafety.test(a) || immediate.test(a) ? kept : moved).add(a);
        }
        if (moved.isEmpty()) {
            return ranked;
        }
        List<T> out = new ArrayList<>(kept);
        out.addAll(moved);
        out.addAll(ranked.subList(last + 1, ranked.size()));
        return out;
    }
}
