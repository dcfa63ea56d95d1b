package fr.vigiesociale.i18n;

import fr.vigiesociale.scenario.ScenarioError;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language. Placeholders are {@code {0}}, {@code {1}}… replaced
 * literally (no MessageFormat quoting rules, so French apostrophes need no escaping).
 */
public final class Messages {

    /** One per language, made on first use; a race makes two equal ones at worst, so no lock on this hot path. */
    private static final Messages[] BY_LANG = new Messages[Lang.values().length];

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Lang lang) {
        Messages m = BY_LANG[lang.ordinal()];
        if (m == null) {
            m = new Messages(lang);
            BY_LANG[lang.ordinal()] = m;
        }
        return m;
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
        return lang == Lang.FR && decimal(plain) ? plain.replace('.', ',') : plain;
    }

    /** Digits, one point, digits, with an optional minus sign: a plain decimal number. */
    private static boolean decimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int point = s.indexOf('.');
        if (point <= i || point == s.length() - 1) {
            return false;
        }
        for (int k = i; k < s.length(); k++) {
            if (k != point && !Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Replaces {@code {0}}, {@code {1}}… by the arguments, in one pass; any other brace is kept. */
    public static String fill(String text, List<?> args) {
        if (args.isEmpty() || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            int n = close > i + 1 ? index(text, i + 1, close) : -1;
            if (n >= 0 && n < args.size()) {
                out.append(args.get(n));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The placeholder number between {@code from} and {@code to}, or -1 when it is not one. */
    private static int index(String text, int from, int to) {
        if (to - from > 2) {
            return -1;
        }
        int n = 0;
        for (int k = from; k < to; k++) {
            char d = text.charAt(k);
            if (d < '0' || d > '9') {
                return -1;
            }
            n = n * 10 + (d - '0');
        }
        return n;
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
        sb.append(ScenarioErrorText.of(e, this));
        return sb.toString();
    }
}
