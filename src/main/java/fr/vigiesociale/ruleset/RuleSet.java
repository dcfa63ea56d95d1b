package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Indicator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded rule base's data: its identity, the DRL files it declares, the action catalogue, the
 * words of each rule, the indicator thresholds and counts, the weights, the reason texts and the
 * source documents, plus the raw files (DRL included) they were read from.
 *
 * @param actionFiles the data file each action is defined in, by action id
 * @param ruleTexts   each rule's words, by rule name, from the data file beside its DRL file
 * @param factScopes  when a first-day fact of the crisis block is worth asking for, by field path
 * @param lines where keys of the data files stand, {@code "weights.yaml:trigger.gap" -> 42}, so that
 *              problems found after loading (an unused weight) still name their line
 */
public record RuleSet(
        RuleSetFiles files,
        String name,
        String version,
        List<DeclaredFile> declaredFiles,
        Map<String, ActionDefinition> actions,
        Map<String, String> actionFiles,
        Map<String, RuleTexts> ruleTexts,
        Map<Indicator, IndicatorThreshold> thresholds,
        Map<String, GapScope> factScopes,
        CountThresholds counts,
        Weights weights,
        ReasonTexts reasons,
        Sources sources,
        Map<String, Integer> lines) {

    /** The report has twelve préconisations, numbered 1 to 12. */
    public static final int PRECONISATIONS = 12;

    /** The data files, as problems name them. */
    public static final String RULESET_FILE = RuleSetParser.RULESET;
    public static final String THRESHOLDS_FILE = ThresholdsParser.FILE;
    public static final String WEIGHTS_FILE = RuleSetParser.WEIGHTS;

    /** A DRL file listed in {@code ruleset.yaml}, and the line where it is listed. */
    public record DeclaredFile(String path, int line) { }

    /** The title of préconisation {@code n} (1–12) in {@code lang}: the report's words in French. */
    public String preconisationTitle(int n, Lang lang) {
        return sources.preconisationTitle(n, lang);
    }

    public Optional<ActionDefinition> action(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    /**
     * This rule set with each action's préconisations: those cited by the rules that suggest it, so
     * that the catalogue, the assessments and the rule table all give the rules' one answer.
     */
    public RuleSet withActionPreconisations(Map<String, List<Integer>> byAction) {
        Map<String, ActionDefinition> out = new java.util.LinkedHashMap<>();
        actions.forEach((id, a) -> out.put(id, a.withPreconisations(byAction.getOrDefault(id, List.of()))));
        return new RuleSet(files, name, version, declaredFiles, java.util.Collections.unmodifiableMap(out), actionFiles,
                ruleTexts, thresholds, factScopes, counts, weights, reasons, sources, lines);
    }

    /** The data file action {@code id} is defined in ({@code solidarity/food-aid.yaml}). */
    public String actionFile(String id) {
        return actionFiles.getOrDefault(id, "");
    }

    /** When not knowing scenario field {@code path} is worth saying: always, unless thresholds.yaml scopes it. */
    public GapScope askScope(String path) {
        return Indicator.byKey(path.replaceFirst("^indicators\\.", "")).filter(i -> path.startsWith("indicators."))
                .map(i -> thresholds.containsKey(i) ? thresholds.get(i).asked() : GapScope.ALWAYS)
                .orElse(factScopes.getOrDefault(path, GapScope.ALWAYS));
    }

    public Optional<IndicatorThreshold> threshold(Indicator indicator) {
        return Optional.ofNullable(thresholds.get(indicator));
    }

    /** The line of {@code key} in data file {@code file}, 0 if unknown. */
    public int line(String file, String key) {
        return lines.getOrDefault(file + ":" + key, 0);
    }

    public String sha256() {
        return files.sha256();
    }

    /** Loads and checks the data files of a rule base (the DRL is compiled by the engine). */
    public static RuleSet load(RuleSetFiles files) {
        return new RuleSetParser(files).parse();
    }
}
