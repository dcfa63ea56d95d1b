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
        return new ScenarioError(field, line, column, "syntax", List.of(format.name(), problem(lower)));
    }

    /**
     * What went wrong, as one of the mistakes people make by hand (error.syntax.&lt;id&gt; in the
     * message bundles): the parsers' own sentences are English and name their internals.
     */
    static String problem(String lower) {
        if (lower.contains("(tab)") || lower.contains("\\t(tab)")) {
            return "tab";
        }
        if (lower.contains("mapping values are not allowed")) {
            return "colonInValue";
        }
        if (lower.contains("quoted scalar") || lower.contains("end-of-input in a string") || lower.contains("unclosed string")) {
            return "unclosedQuote";
        }
        if (lower.contains("expected ',' or ']'") || lower.contains("expected ',' or '}'") || lower.contains("flow sequence")
                || lower.contains("flow mapping") || lower.contains("end-of-input") || lower.contains("unexpected end")) {
            return "unclosedList";
        }
        if (lower.contains("could not find expected ':'") || lower.contains("simple key")) {
            return "missingColon";
        }
        if (lower.contains("expected <block end>") || lower.contains("did not find expected key")
                || lower.contains("did not find expected '-'") || lower.contains("block mapping") || lower.contains("block collection")) {
            return "indentation";
        }
        if (lower.contains("double-quote to start field name")) {
            return "unquotedKey";
        }
        if (lower.contains("unrecognized token") || lower.contains("unexpected character")) {
            return "unexpectedCharacter";
        }
        if (lower.contains("alias") || lower.contains("anchor")) {
            return "alias";
        }
        return "structure";
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
}
