package fr.vigiesociale.web.rules;

import fr.vigiesociale.api.RulesetInfo;
import fr.vigiesociale.ruleset.RuleProblem;
import java.time.Instant;
import java.util.List;

/**
 * What the server serves and how the last change of its rule folder went.
 *
 * @param folder      the rule folder watched, or {@code null} for the rules bundled in the jar (never reloaded)
 * @param active      the rule set answering requests
 * @param loadedAt    when it started answering
 * @param lastFailure the last change of the folder that was refused, while {@code active} kept
 *                    serving; {@code null} once the folder loads again
 */
public record RulesStatus(String folder, RulesetInfo active, Instant loadedAt, Failure lastFailure) {

    /** A change refused: when, the SHA-256 of the refused files (empty if the folder could not be read) and why. */
    public record Failure(Instant at, String sha256, List<RuleProblem> problems) {

        public Failure {
            problems = List.copyOf(problems);
        }
    }

    public boolean watched() {
        return folder != null;
    }

    RulesStatus loaded(RulesetInfo info, Instant at) {
        return new RulesStatus(folder, info, at, null);
    }

    RulesStatus failed(Failure failure) {
        return new RulesStatus(folder, active, loadedAt, failure);
    }

    RulesStatus cleared() {
        return new RulesStatus(folder, active, loadedAt, null);
    }
}
