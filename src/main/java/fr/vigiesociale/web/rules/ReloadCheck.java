package fr.vigiesociale.web.rules;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.RuleProblem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Something the server holds that a new rule base must still serve before it replaces the
 * current one (the bundled exercises name actions of the catalogue, for example). An empty list
 * lets the new base in.
 */
@FunctionalInterface
public interface ReloadCheck {

    List<RuleProblem> problems(RuleBase candidate);

    /** The actions {@code exercise} expects that {@code candidate} no longer suggests, in the exercise's order. */
    static List<String> actionsMissing(RuleBase candidate, Exercise exercise) {
        Set<String> ids = candidate.actions(Lang.FR).stream().map(ActionInfo::id).collect(Collectors.toSet());
        return exercise.injects().stream().flatMap(i -> i.expectedActions().stream()).distinct()
                .filter(a -> !ids.contains(a)).toList();
    }
}
