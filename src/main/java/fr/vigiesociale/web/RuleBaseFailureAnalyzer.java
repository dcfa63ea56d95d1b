package fr.vigiesociale.web;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When the rule folder given by {@code vigie.rules-dir} does not load, the web app stops with the
 * same list of problems as the command line (file, line, message) and what to do, instead of a
 * stack trace through Spring's bean creation.
 */
class RuleBaseFailureAnalyzer extends AbstractFailureAnalyzer<RuleBaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, RuleBaseException e) {
        Messages m = Messages.of(Lang.FR);
        StringBuilder description = new StringBuilder(m.get("cli.brokenRules", e.location()));
        for (RuleProblem p : e.problems()) {
            description.append("\n  ").append(p.describe(Lang.FR));
        }
        return new FailureAnalysis(description.toString(), m.get("web.startup.brokenRules"), e);
    }
}
