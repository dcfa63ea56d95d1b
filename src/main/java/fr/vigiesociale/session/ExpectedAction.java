package fr.vigiesociale.session;

import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.ruleset.Actor;
import java.util.List;
import java.util.function.Function;

/**
 * An action the exercise file expects at an inject (never shown to participants while they play)
 * and what the institutions did about it: who took it at that inject, who leads it, or else the
 * first later inject at which someone took it.
 *
 * @param laterInject the 0-based index of the first later inject where it was taken, when nobody took it in time
 */
public record ExpectedAction(String actionId, String title, List<Actor> takenBy, List<Actor> leads, Integer laterInject) {

    public ExpectedAction {
        takenBy = List.copyOf(takenBy);
        leads = List.copyOf(leads);
    }

    public boolean taken() {
        return !takenBy.isEmpty();
    }

    /** The expected actions of one inject, against every decision of the session; {@code title} names an action by its id. */
    public static List<ExpectedAction> of(Timeline.Step step, List<Decision> decisions, Function<String, String> title) {
        int i = step.index();
        return step.inject().expectedActions().stream().map(id -> {
            List<Decision> then = decisions.stream().filter(d -> d.injectIndex() == i && id.equals(d.actionId())).toList();
            Integer later = then.isEmpty() ? decisions.stream().filter(d -> d.injectIndex() > i && id.equals(d.actionId()))
                    .map(Decision::injectIndex).min(Integer::compare).orElse(null) : null;
            return new ExpectedAction(id, title.apply(id), then.stream().map(Decision::institution).distinct().sorted().toList(),
                    then.stream().filter(Decision::takesLead).map(Decision::institution).distinct().sorted().toList(), later);
        }).toList();
    }
}
