package fr.vigiesociale.i18n;

import fr.vigiesociale.scenario.ScenarioError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A scenario error in words. A value to choose from a list is named by its code, which a file
 * must use, and by its label in the reader's language, which the form shows: "ACUTE (aiguë)";
 * a value typed as its label ("aigue", "inondation") is answered with the code it stands for.
 */
public final class ScenarioErrorText {

    private ScenarioErrorText() {
    }

    public static String of(ScenarioError e, Messages m) {
        List<String> a = new ArrayList<>(e.args());
        switch (e.code()) {
            case "enum", "enumDidYouMean" -> {
                List<String> codes = List.of(a.get(1).split(", "));
                a.set(1, codes.stream().map(c -> labelled(e.path(), c, m)).collect(Collectors.joining(", ")));
                Optional<String> meant = e.code().equals("enum") ? byLabel(e.path(), a.get(0), codes) : Optional.of(a.get(2));
                if (meant.isPresent()) {
                    return m.get("error.enumDidYouMean", a.get(0), a.get(1), suggestion(e.path(), meant.get(), m));
                }
            }
            case "hazardOfAnotherKind" -> {
                a.set(0, labelled("crisis.hazard", a.get(0), m));
                a.set(1, labelled("crisis.kind", a.get(1), m));
                a.set(2, List.of(a.get(2).split(", ")).stream().map(h -> labelled("crisis.hazard", h, m))
                        .collect(Collectors.joining(", ")));
            }
            case "syntax" -> {
                String key = "error.syntax." + a.get(1);
                a.set(1, m.has(key) ? m.get(key) : a.get(1));
            }
            default -> { }
        }
        return m.get(e.messageKey(), a.toArray());
    }

    /** "ACUTE (aiguë)", or the code alone where it has no label. */
    static String labelled(String path, String code, Messages m) {
        String key = labelKey(path, code);
        return m.has(key) ? code + " (" + m.get(key) + ")" : code;
    }

    private static String suggestion(String path, String code, Messages m) {
        String key = labelKey(path, code);
        return m.get("citation.quote", code) + (m.has(key) ? " (" + m.get(key) + ")" : "");
    }

    /**
     * Where a value's label is: an exercise's institutions and addressees are actors; a change an
     * inject makes ({@code injects[1].changes.crisis.phase}) is labelled as the scenario's field.
     */
    private static String labelKey(String path, String code) {
        String field = path.replaceFirst("^injects\\[\\d+]\\.changes\\.", "").replaceFirst("\\[\\d+]$", "");
        if (field.equals("institutions") || field.endsWith("addressedTo")) {
            return "actor." + code;
        }
        return "value." + field + "." + code;
    }

    /** The code whose label, in either language, is what was typed (case and accents aside). */
    private static Optional<String> byLabel(String path, String typed, List<String> codes) {
        String t = plain(typed);
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            for (String c : codes) {
                String key = labelKey(path, c);
                if (m.has(key) && plain(m.get(key)).equals(t)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
