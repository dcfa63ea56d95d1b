package fr.vigiesociale.web.session;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.web.rules.ReloadCheck;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A reloaded rule base must still suggest every action that the exercises of sessions not ended
 * yet expect: otherwise their trainers' pages and debriefs could no longer be played.
 */
@Component
class UnfinishedSessionsCheck implements ReloadCheck {

    private final SessionService sessions;

    UnfinishedSessionsCheck(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<RuleProblem> problems(RuleBase candidate) {
        List<RuleProblem> problems = new ArrayList<>();
        for (ExerciseSession s : sessions.unfinished()) {
            ReloadCheck.actionsMissing(candidate, sessions.exercise(s))
                    .forEach(a -> problems.add(RuleProblem.of(RuleSet.RULESET_FILE, 0, "sessionAction", s.joinCode(), a)));
        }
        return problems;
    }
}
