package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;

/**
 * The words of one rule, written in the data file beside its DRL file ({@code food-aid.yaml} for
 * {@code food-aid.drl}): its English name, what triggers it, and the reason it gives (none for a
 * signal rule, whose reason is its indicator's sentence in {@code thresholds.yaml}).
 *
 * @param file   the data file, relative to the rule folder
 * @param line   the line of the rule's entry
 * @param name   the rule's name, as in its DRL file
 * @param reason the reason's text, or {@code null}
 */
public record RuleTexts(String file, int line, String name, String nameEn, Wording trigger, Wording reason) {

    public String name(Lang lang) {
        return lang == Lang.EN ? nameEn : name;
    }

    /** The data file of the rules of DRL file {@code drl}: the same path, with {@code .yaml}. */
    public static String besides(String drl) {
        return drl.endsWith(".drl") ? drl.substring(0, drl.length() - 4) + ".yaml" : drl + ".yaml";
    }
}
