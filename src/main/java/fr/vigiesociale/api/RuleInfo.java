package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.Citation;
import java.util.List;

/**
 * One rule of the base, as the catalogue shows it.
 *
 * @param name           the rule's name, a French sentence (its identity in the rule base)
 * @param nameEn         its English name
 * @param file           its DRL file, relative to the rule folder ({@code solidarity/food-aid.drl})
 * @param line           the line where it starts in that file
 * @param context        true for a context rule: it only raises actions other rules suggested
 * @param actions        the actions it can suggest (empty for a context rule)
 * @param preconisations the préconisations those actions put to work, ascending
 * @param reachableLevel the highest level an action reaches when this rule gives it points, over
 *                       a documented family of extreme scenarios; {@code null} if it gives none
 * @param weight         the name of its points in {@code weights.yaml}, or {@code signal}
 * @param reads          the scenario fields its conditions read
 * @param sources        the passages of the source documents it implements, each direct or interpreted
 */
public record RuleInfo(
        String name,
        String nameEn,
        String file,
        int line,
        boolean context,
        List<String> actions,
        List<Integer> preconisations,
        Level reachableLevel,
        String triggerFr,
        String triggerEn,
        String weight,
        List<String> reads,
        List<Citation> sources) {

    public RuleInfo {
        actions = List.copyOf(actions);
        preconisations = List.copyOf(preconisations);
        reads = List.copyOf(reads);
        sources = List.copyOf(sources);
    }

    /** A stable anchor for the rule in pages: its file and line, {@code regle-solidarity-food-aid-drl-12}. */
    public String anchor() {
        return "regle-" + file.replaceAll("[^A-Za-z0-9]+", "-") + "-" + line;
    }

    /** The rule's name in {@code lang}. */
    public String name(Lang lang) {
        return lang == Lang.EN ? nameEn : name;
    }

    /** What triggers the rule, in {@code lang}. */
    public String trigger(Lang lang) {
        return lang == Lang.EN ? triggerEn : triggerFr;
    }
}
