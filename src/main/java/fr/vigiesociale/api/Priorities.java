package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan an assessment leads with: its first actions at MEDIUM or above, in ranking order, at most
 * {@link #MAX}. Five is what a crisis cell can steer at once; what falls below MEDIUM is watched,
 * not steered, and never makes a calm territory look like it has priorities.
 */
final class Priorities {

    /** The most priorities an assessment leads with. */
    static final int MAX = 5;

    private Priorities() {
    }

    /** True for a level a crisis cell steers: MEDIUM or above. */
    static boolean steered(Level level) {
        return level.compareTo(Level.MEDIUM) <= 0;
    }

    static List<Priority> of(RuleSet rs, Scenario scenario, List<AssessedAction> ranked, Lang lang) {
        List<Priority> out = new ArrayList<>();
        for (AssessedAction a : ranked) {
            if (out.size() == MAX || !steered(a.level())) {
                continue;
            }
            String firstStep = rs.action(a.id()).orElseThrow().text(lang, scenario).firstStep();
            out.add(new Priority(out.size() + 1, a.id(), a.rank(), a.title(), a.level(), a.score(), a.horizon(), firstStep,
                    a.actors().get(0), a.actors().subList(1, a.actors().size())));
        }
        return List.copyOf(out);
    }
}
