package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import java.util.List;
import java.util.Map;

/**
 * The outcome of assessing one scenario (contract v1 §2): the priorities it leads with (at most five,
 * each with its first step and who carries it), ranked actions, each explained, and the
 * unknown inputs that could add or raise one; {@code sources} holds the passages the reasons cite,
 * in document order. Texts are in {@link #lang()}.
 */
public record Assessment(
        int schemaVersion,
        ScenarioSummary scenario,
        RulesetInfo ruleset,
        List<Priority> priorities,
        List<AssessedAction> actions,
        List<DataGap> dataGaps,
        Map<String, SourcePassage> sources,
        Lang lang,
        List<NotProposed> notProposed) {

    public Assessment {
        priorities = List.copyOf(priorities);
        actions = List.copyOf(actions);
        notProposed = List.copyOf(notProposed);
        dataGaps = List.copyOf(dataGaps);
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }

    /** The scenario this assessment is about. */
    public record ScenarioSummary(String id, String title, String territory) { }
}
