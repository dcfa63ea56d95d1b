package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import java.util.List;

/**
 * The outcome of assessing one scenario (contract v1 §2): ranked actions, each explained, and the
 * unknown inputs that could add or raise one. Texts are in {@link #lang()}.
 */
public record Assessment(
        int schemaVersion,
        ScenarioSummary scenario,
        RulesetInfo ruleset,
        List<AssessedAction> actions,
        List<DataGap> dataGaps,
        Lang lang) {

    public Assessment {
        actions = List.copyOf(actions);
        dataGaps = List.copyOf(dataGaps);
    }

    /** The scenario this assessment is about. */
    public record ScenarioSummary(String id, String title, String territory) { }
}
