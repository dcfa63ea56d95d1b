package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Indicator;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded rule base's data: its identity, the action catalogue, the indicator thresholds, the
 * weights and the reason texts, plus the raw files (DRL included) they were read from.
 */
public record RuleSet(
        RuleSetFiles files,
        String name,
        String version,
        Map<String, ActionDefinition> actions,
        Map<Indicator, IndicatorThreshold> thresholds,
        Map<String, Integer> counts,
        Weights weights,
        ReasonTexts reasons,
        Map<Integer, Map<Lang, String>> preconisations) {

    /** The report has twelve préconisations, numbered 1 to 12. */
    public static final int PRECONISATIONS = 12;

    /** The title of préconisation {@code n} (1–12) in {@code lang}, from {@code ruleset.yaml}. */
    public String preconisationTitle(int n, Lang lang) {
        Map<Lang, String> titles = preconisations.get(n);
        if (titles == null) {
            throw new IllegalArgumentException("no préconisation " + n);
        }
        return titles.get(lang);
    }

    public Optional<ActionDefinition> action(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    public Optional<IndicatorThreshold> threshold(Indicator indicator) {
        return Optional.ofNullable(thresholds.get(indicator));
    }

    /** A count threshold of {@code thresholds.yaml} ({@code counts:}), e.g. {@code convergence.minSignals}. */
    public int count(String name) {
        Integer c = counts.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown count threshold '" + name + "' (thresholds.yaml)");
        }
        return c;
    }

    public String sha256() {
        return files.sha256();
    }

    /** Loads and checks the data files of a rule base (the DRL is compiled by the engine). */
    public static RuleSet load(RuleSetFiles files) {
        return new RuleSetParser(files).parse();
    }
}
