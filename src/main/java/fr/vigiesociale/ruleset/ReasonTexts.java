package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The texts of the reasons rules give, per language ({@code i18n/reasons.properties} in French,
 * {@code i18n/reasons_en.properties} in English). Placeholders are named: {@code {value}},
 * {@code {watch}}, {@code {alarm}}, or a scenario path such as {@code {crisis.phase}}.
 */
public record ReasonTexts(Map<Lang, Properties> texts) {

    /** The file of each language's texts in the rule folder. */
    public static String file(Lang lang) {
        return "i18n/reasons" + (lang == Lang.FR ? "" : "_" + lang.code()) + ".properties";
    }

    static ReasonTexts load(RuleSetFiles files, List<RuleProblem> problems) {
        Map<Lang, Properties> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Properties p = new Properties();
            byte[] content = files.file(file(lang));
            if (content == null) {
                problems.add(RuleProblem.of(file(lang), 0, "missingFile"));
            } else {
                try {
                    p.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(RuleProblem.of(file(lang), 0, "properties", e.getMessage()));
                }
            }
            texts.put(lang, p);
        }
        return new ReasonTexts(texts);
    }

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

    /** Every key of one language. */
    public Set<String> keys(Lang lang) {
        return texts.get(lang).stringPropertyNames();
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
