package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The texts of the reasons rules give, in every language, by key: {@code signal.<indicator>} for
 * an indicator's sentence ({@code thresholds.yaml}), {@code corroborating} and {@code indirect} for
 * the sentences the scoring adds ({@code weights.yaml}), and a rule's name for the reason it gives
 * (the data file beside its DRL file). Placeholders are named: {@code {value}}, {@code {watch}},
 * {@code {alarm}}, or a scenario path such as {@code {crisis.phase}}.
 */
public record ReasonTexts(Map<String, Wording> texts) {

    public ReasonTexts {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public boolean has(Lang lang, String key) {
        Wording w = texts.get(key);
        return w != null && w.text(lang) != null && !w.text(lang).isEmpty();
    }

    public String template(Lang lang, String key) {
        if (!has(lang, key)) {
            throw new IllegalStateException("reason text '" + key + "' missing for " + lang);
        }
        return texts.get(key).text(lang);
    }

    /** Where the text of {@code key} is written, or {@code null}. */
    public Wording wording(String key) {
        return texts.get(key);
    }

    /** The {@code {name}} placeholders of a template, in order of appearance. */
    public static Set<String> placeholders(String template) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while ((i = template.indexOf('{', i)) >= 0) {
            int end = template.indexOf('}', i);
            if (end < 0) {
                break;
            }
            out.add(template.substring(i + 1, end));
            i = end + 1;
        }
        return out;
    }
}
