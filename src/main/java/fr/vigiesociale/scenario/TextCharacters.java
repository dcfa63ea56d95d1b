package fr.vigiesociale.scenario;

import java.util.OptionalInt;

/**
 * The characters no text of Vigie sociale may carry: control characters (invisible, often pasted
 * by mistake, and refused by the XML a PDF is laid out from), the bidirectional overrides and
 * isolates that make a terminal or a page show text in another order than it is stored (U+202A–
 * U+202E, U+2066–U+2069), non-characters and lone surrogates. Inputs refuse them, naming the first
 * one; exports strip them, so that text stored before this rule cannot break a document.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** Whether {@code cp} may appear in a text; line breaks and tabs only where {@code multiline}. */
    public static boolean allowed(int cp, boolean multiline) {
        if (cp == '\n' || cp == '\t' || cp == '\r') {
            return multiline;
        }
        if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE) {
            return false;
        }
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return false;
        }
        return cp != 0xFFFE && cp != 0xFFFF;
    }

    /** The first character {@code text} may not carry, if any. */
    public static OptionalInt firstForbidden(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp, multiline)) {
                return OptionalInt.of(cp);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** How a refused character is named to the user: {@code U+0001}. */
    public static String name(int cp) {
        return String.format("U+%04X", cp);
    }

    /** The name of the first character {@code text} may not carry ({@code U+0001}), if any: what an input refuses. */
    public static java.util.Optional<String> refused(String text, boolean multiline) {
        OptionalInt cp = firstForbidden(text, multiline);
        return cp.isPresent() ? java.util.Optional.of(name(cp.getAsInt())) : java.util.Optional.empty();
    }

    /** {@code text} without the characters it may not carry (line breaks and tabs kept). */
    public static String strip(String text) {
        if (text == null || firstForbidden(text, true).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> allowed(cp, true)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
