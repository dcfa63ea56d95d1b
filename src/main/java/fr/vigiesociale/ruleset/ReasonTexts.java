package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of the reasons rules give, per language ({@code i18n/reasons.properties} in French,
 * {@code i18n/reasons_en.properties} in English). Placeholders are named: {@code {value}},
 * {@code {watch}}, {@code {alarm}}, or a scenario path such as {@code {crisis.phase}}.
 */
public record ReasonTexts(Map<Lang, Properties> texts) {

    public boolean has(Lang lang, String key) {
        Properties p = texts.get(lang);
        return p != null && p.containsKey(key);
    }

    public String template(Lang lang, String key) {
        Properties p = texts.get(lang);
        String t = p == null ? null : p.getProperty(key);
        if (t == null) {
            throw new IllegalStateException("reason text '" + key + "' missing for " + lang);
        }
        return t;
    }
}
