package fr.vigiesociale.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Level;
import java.util.List;

/**
 * One rule of the base, as the catalogue shows it.
 *
 * @param name           the rule's name, a French sentence (it appears in every reason it gives)
 * @param file           its DRL file, relative to the rule folder ({@code solidarity/food-aid.drl})
 * @param context        true for a context rule: it only raises actions other rules suggested
 * @param actions        the actions it can suggest (empty for a context rule)
 * @param preconisations the préconisations those actions put to work, ascending
 * @param reachableLevel the highest level an action reaches when this rule gives it points, over
 *                       a documented family of extreme scenarios; {@code null} if it gives none
 * @param triggerFr      what triggers it, in French
 * @param triggerEn      what triggers it, in English
 */
public record RuleInfo(
        String name,
        String file,
        boolean context,
        List<String> actions,
        List<Integer> preconisations,
        Level reachableLevel,
        String triggerFr,
        String triggerEn) {

    public RuleInfo {
        actions = List.copyOf(actions);
        preconisations = List.copyOf(preconisations);
    }

    /** What triggers the rule, in {@code lang}. */
    public String trigger(Lang lang) {
        return lang == Lang.EN ? triggerEn : triggerFr;
    }
}
