package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Level;
import java.util.List;
import java.util.Map;

/**
 * A territory's assessment cut to what a ranking of many territories shows: its first priorities (the
 * assessment's priorities: actions at MEDIUM or above, in its order, each with its first step and who
 * carries it), how many actions it has at each level, and its top score. The same rules
 * and the same ranking as {@link RuleBase#assess}, without texts of reasons, data gaps or "why not".
 */
public record Triage(List<TopAction> top, Map<Level, Integer> levels, int actions, Level topLevel, double topScore) {

    /** One of the first priorities: its id, title, level, score, first step and the actor who carries it. */
    public record TopAction(String id, String title, Level level, double score, String firstStep,
                            fr.vigiesociale.ruleset.Actor carriedBy) { }

    public Triage {
        top = List.copyOf(top);
        levels = Map.copyOf(levels);
    }

    /** The score of the first action, 0 when nothing is suggested. */
    public double topScore() {
        return topScore;
    }

    /** The level of the first action, or {@code null} when nothing is suggested. */
    public Level topLevel() {
        return topLevel;
    }
}
