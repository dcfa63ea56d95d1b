package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changes between two assessments ("what if"): actions added, removed, raised, lowered and
 * unchanged, each with its score before and after ({@code null} when absent on that side).
 * Added and raised come first by new score; removed and lowered by the size of the drop.
 */
public record Comparison(
        List<Change> added,
        List<Change> removed,
        List<Change> raised,
        List<Change> lowered,
        List<Change> unchanged) {

    public Comparison {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        raised = List.copyOf(raised);
        lowered = List.copyOf(lowered);
        unchanged = List.copyOf(unchanged);
    }

    /** One action's move: its id, title (from the side where it appears last), scores and levels. */
    public record Change(String id, String title, Double before, Double after,
                         Level levelBefore, Level levelAfter) {

        /** The score difference, after minus before (absent side counted as 0). */
        public double delta() {
            return (after == null ? 0 : after) - (before == null ? 0 : before);
        }
    }

    public static Comparison between(Assessment before, Assessment after) {
        Map<String, AssessedAction> old = index(before);
        Map<String, AssessedAction> now = index(after);
        List<Change> added = new ArrayList<>();
        List<Change> raised = new ArrayList<>();
        List<Change> lowered = new ArrayList<>();
        List<Change> unchanged = new ArrayList<>();
        for (AssessedAction a : after.actions()) {
            AssessedAction b = old.get(a.id());
            Change c = new Change(a.id(), a.title(), b == null ? null : b.score(), a.score(),
                    b == null ? null : b.level(), a.level());
            if (b == null) {
                added.add(c);
            } else if (a.score() > b.score()) {
                raised.add(c);
            } else if (a.score() < b.score()) {
                lowered.add(c);
            } else {
                unchanged.add(c);
            }
        }
        List<Change> removed = new ArrayList<>();
        for (AssessedAction b : before.actions()) {
            if (!now.containsKey(b.id())) {
                removed.add(new Change(b.id(), b.title(), b.score(), null, b.level(), null));
            }
        }
        Comparator<Change> biggestMove = Comparator.comparingDouble((Change c) -> Math.abs(c.delta())).reversed()
                .thenComparing(Change::id);
        raised.sort(biggestMove);
        lowered.sort(biggestMove);
        removed.sort(biggestMove);
        return new Comparison(added, removed, raised, lowered, unchanged);
    }

    private static Map<String, AssessedAction> index(Assessment a) {
        Map<String, AssessedAction> m = new LinkedHashMap<>();
        a.actions().forEach(x -> m.put(x.id(), x));
        return m;
    }
}
