package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import java.util.Map;

/**
 * A text written in every language, and where: the data file, and the line of each language's text,
 * so that a problem found in one of them (a placeholder it may not use) names the line to correct.
 *
 * @param line the line of the key the texts are written under
 */
public record Wording(String file, int line, Map<Lang, String> texts, Map<Lang, Integer> lines) {

    public Wording {
        texts = Map.copyOf(texts);
        lines = Map.copyOf(lines);
    }

    public String text(Lang lang) {
        return texts.get(lang);
    }

    public int line(Lang lang) {
        return lines.getOrDefault(lang, 0);
    }
}
