package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled rule base, ready to assess scenarios. Immutable and thread-safe: build it once (it
 * compiles the DRL, which takes a second or two) and share it.
 */
public interface RuleBase {

    /** Assesses a scenario, with French texts. */
    default Assessment assess(Scenario scenario) {
        return assess(scenario, Lang.FR);
    }

    /** Assesses a scenario, with texts in {@code lang}. Same scenario and rules give an equal assessment. */
    Assessment assess(Scenario scenario, Lang lang);

    /**
     * The first {@code top} actions of the scenario's assessment and its count per level, without
     * the rest of the assessment: many times faster, for ranking many territories.
     */
    Triage triage(Scenario scenario, int top, Lang lang);

    /** Name, version, SHA-256 and size of the rule base. */
    RulesetInfo info();

    /**
     * Every rule, sorted by file then name, with the actions it can suggest, what triggers it and
     * the highest level it can bring an action to. Computed on first call (about a second).
     */
    List<RuleInfo> rules();

    /** Every action the rules can suggest, sorted by id, with texts in {@code lang}. */
    List<ActionInfo> actions(Lang lang);

    /**
     * Every action as written for this scenario, sorted by id: the titles, descriptions and actors
     * its assessment would give (a heatwave's register calls, a département's own wording), so that
     * an action reads the same whether the engine suggests it or a person picks it from the catalogue.
     */
    List<ActionInfo> actions(Lang lang, Scenario scenario);

    /** The title of préconisation {@code n} (1–12): the report's own words in French, a translation in English. */
    String preconisationTitle(int n, Lang lang);

    /** The source documents the rules cite, passage by passage, in {@code lang}. */
    List<SourceDocumentInfo> sources(Lang lang);

    /** Every passage of the source documents by id ({@code hcts-2021/preconisation-6}), in document order. */
    default Map<String, SourcePassage> passages(Lang lang) {
        Map<String, SourcePassage> out = new LinkedHashMap<>();
        for (SourceDocumentInfo d : sources(lang)) {
            d.entries().stream().filter(e -> e.passage() != null).forEach(e -> out.put(e.passage().id(), e.passage()));
        }
        return out;
    }

    /** Every indicator's thresholds, in indicator order, with the source of their figures in {@code lang}. */
    List<ThresholdInfo> thresholds(Lang lang);

    /** How points become scores: the bands with and without an alarm trigger. */
    fr.vigiesociale.ruleset.ScoreScale scale();

    /**
     * The rule base as it is now, fixed: what to use when several calls must agree (two
     * assessments compared, an assessment and the catalogue that explains it, a batch). A base
     * never replaced is its own snapshot; one that a server reloads while it runs gives the base
     * it holds at the time of the call.
     */
    default RuleBase snapshot() {
        return this;
    }
}
