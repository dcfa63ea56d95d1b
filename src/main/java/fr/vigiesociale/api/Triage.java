package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Level;
import java.util.List;
import java.util.Map;

/**
 * A territory's assessment cut to what a ranking of many territories shows: its first actions (in
 * the assessment's order), how many actions it has at each level, and its top score. The same rules
 * and the same ranking as {@link RuleBase#assess}, without texts of reasons, data gaps or "why not".
 */
public record Triage(List<TopAction> top, Map<Level, Integer> levels, int actions) {

    /** One of the first actions: its id, title, level and score. */
    public record TopAction(String id, String title, Level level, double score) { }

    public Triage {
        top = List.copyOf(top);
        levels = Map.copyOf(levels);
    }

    /** The score of the first action, 0 when nothing is suggested. */
    public double topScore() {
        return top.isEmpty() ? 0 : top.get(0).score();
    }

    /** The level of the first action, or {@code null} when nothing is suggested. */
    public Level topLevel() {
        return top.isEmpty() ? null : top.get(0).level();
    }
}
