package fr.vigiesociale.i18n;

import fr.vigiesociale.scenario.ScenarioError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language. Placeholders are {@code {0}}, {@code {1}}… replaced
 * literally (no MessageFormat quoting rules, so French apostrophes need no escaping).
 */
public final class Messages {

    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized Messages of(Lang lang) {
        return CACHE.computeIfAbsent(lang, Messages::new);
    }

    public Lang lang() {
        return lang;
    }

    /** The text of {@code key} with its placeholders filled; a missing key is a programming error. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key '" + key + "' for " + lang, e);
        }
        return fill(text, List.of(args));
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A number written the plain way ({@code "80"}, {@code "12.5"}, see
     * {@link fr.vigiesociale.scenario.Numbers#plain}) as this language writes it: "12,5" in French.
     */
    public String number(String plain) {
        return lang == Lang.FR && plain.matches("-?\\d+\\.\\d+") ? plain.replace('.', ',') : plain;
    }

    /** Replaces {@code {0}}, {@code {1}}… by the arguments. */
    public static String fill(String text, List<?> args) {
        String out = text;
        for (int i = 0; i < args.size(); i++) {
            out = out.replace("{" + i + "}", String.valueOf(args.get(i)));
        }
        return out;
    }

    /**
     * One line for a scenario error, like a compiler's:
     * {@code quartiers.yaml:12:3: indicators.pupilsOutOfContactPct : valeur 120 hors de [0, 100]}.
     */
    public String describe(String source, ScenarioError e) {
        StringBuilder sb = new StringBuilder(source);
        if (e.line() > 0) {
            sb.append(':').append(e.line());
            if (e.column() > 0) {
                sb.append(':').append(e.column());
            }
        }
        sb.append(": ");
        if (!e.path().isEmpty()) {
            sb.append(e.path()).append(get("error.pathSeparator"));
        }
        sb.append(get(e.messageKey(), e.args().toArray()));
        return sb.toString();
    }
}
