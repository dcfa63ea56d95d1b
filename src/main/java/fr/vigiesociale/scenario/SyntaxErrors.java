package fr.vigiesociale.scenario;

import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * A file that cannot be parsed, told in the user's words: where (line, column, and the field the
 * parser was in), and what, by kind — too deeply nested, not UTF-8, a number written wrong — never
 * with the parser's own message when it names its internals ({@code StreamReadConstraints},
 * {@code JsonReadFeature}, a Java exception).
 */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    static ScenarioError of(JacksonException e, JsonParser parser, ScenarioReader.Format format, byte[] content) {
        TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        String field = parser == null ? "" : field(parser);
        String message = String.valueOf(e.getOriginalMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (e instanceof StreamConstraintsException) {
            if (lower.contains("nesting depth")) {
                return new ScenarioError(field, line, column, "tooDeep", List.of(Integer.toString(TreeParser.MAX_DEPTH)));
            }
            if (lower.contains("number")) {
                return new ScenarioError(field, line, column, "numberTooLong", List.of(Integer.toString(TreeParser.MAX_NUMBER_LENGTH)));
            }
            return new ScenarioError(field, line, column, "valueTooLong", List.of(Integer.toString(TreeParser.MAX_STRING_LENGTH)));
        }
        if (lower.contains("utf-8") || lower.contains("utf8") || lower.contains("multi-byte") || lower.contains("charconversion")
                || e.getCause() instanceof java.io.CharConversionException) {
            Utf8.Decoded at = Utf8.decode(content); // the YAML reader says 1:1 whatever the place
            return at.valid() ? new ScenarioError(field, line, column, "encoding", List.of())
                    : new ScenarioError("", at.line(), at.column(), "encoding", List.of());
        }
        if (lower.contains("non_numeric") || lower.contains("non-standard token") || lower.contains("numeric value")
                || lower.contains("leading zeroes") || lower.contains("leading plus")) {
            return new ScenarioError(field, line, column, "badNumber", List.of());
        }
        return new ScenarioError(field, line, column, "syntax", List.of(format.name(), plain(message)));
    }

    /** The dotted path of the field the parser was reading ({@code indicators.foodAidRequestsChangePct}), or "". */
    private static String field(JsonParser parser) {
        try {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            return pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
        } catch (RuntimeException unknown) {
            return "";
        }
    }

    /** The parser's sentence without its technical tail: what is in parentheses naming a feature or a method. */
    private static String plain(String message) {
        String s = message.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "") // a wrapped library exception's name
                .replaceAll("\\s*\\((?:[^()]*(?:Feature|`|\\(\\)|code \\d+)[^()]*)\\)", "")
                .replaceAll("\\s*\\(consider enabling.*$", "") // advice on the library's settings, with nested brackets
                .replaceAll("\\s*at \\[Source:.*$", "")
                .replaceAll("\\S*(?:Feature|Constraints)\\S*", "")
                .replaceAll("(?s)\\s+", " ").strip();
        s = TextCharacters.strip(s); // the character quoted may be invisible or a terminal escape
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
