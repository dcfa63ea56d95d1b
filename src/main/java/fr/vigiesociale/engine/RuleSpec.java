package fr.vigiesociale.engine;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Citation;
import java.util.List;
import java.util.Set;

/**
 * One rule of the compiled base, as its metadata and its conditions describe it: what it proposes,
 * why, for how many points, which scenario facts it cites and reads, and which passages of the
 * source documents it implements. Built once when the rules load, and checked then.
 *
 * @param name      the rule's name, a French sentence (its identity in the rule base)
 * @param nameEn    its English name (the data file beside its DRL file, as its trigger texts)
 * @param file      its DRL file, relative to the rule folder
 * @param line      the line of its {@code rule} keyword
 * @param kind      how it gives points
 * @param action    the action it suggests ({@code @action}); {@code null} for a context rule
 * @param reasonKey the key of its reason text, its own name (the text is written beside its DRL file);
 *                  {@code null} for a signal rule, whose text is the signal's ({@code signal.<indicator>})
 * @param weight    the name of its points in {@code weights.yaml} ({@code @weight}), or {@code "signal"}
 * @param points    the value of {@code weight} (for an indirect signal, the factor)
 * @param cites     the scenario fields its reason cites ({@code @cites}); a signal's value is always cited
 * @param sources   the passages it implements ({@code @source}), each direct when {@code @stated} names
 *                  it (the passage says what the rule does), an interpretation otherwise
 * @param reads     every scenario field its conditions read, found from the DRL itself
 * @param preconisations the numbers of the report's préconisations whose passages it cites in
 *                  {@code @source}: the one answer to "which préconisation does this rule serve"
 */
public record RuleSpec(String name, String nameEn, String file, int line, RuleKind kind, String action,
                       String reasonKey, String weight, double points, List<String> cites, List<Citation> sources,
                       String triggerFr, String triggerEn, Set<String> reads, List<Integer> preconisations) {

    /** The weight name of a rule whose points are the signal's. */
    public static final String SIGNAL_WEIGHT = "signal";

    public RuleSpec {
        cites = List.copyOf(cites);
        sources = List.copyOf(sources);
        preconisations = List.copyOf(preconisations);
        reads = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(reads));
    }

    public String name(Lang lang) {
        return lang == Lang.EN ? nameEn : name;
    }

    public String trigger(Lang lang) {
        return lang == Lang.EN ? triggerEn : triggerFr;
    }

    /** True for a context rule: it only raises actions other rules suggested. */
    public boolean context() {
        return !kind.trigger();
    }
}
