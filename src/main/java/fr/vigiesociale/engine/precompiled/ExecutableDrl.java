package fr.vigiesociale.engine.precompiled;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL as the executable model reads it. Rule metadata lists are written {@code @source(["a",
 * "b"])}, an MVEL list; the executable model turns metadata into Java, which has no list literal, so
 * they become {@code java.util.List.of("a", "b")}: the same list of strings either way. Line breaks are
 * kept, so every rule keeps its line numbers.
 */
final class ExecutableDrl {

    private static final Pattern LIST_METADATA = Pattern.compile("(?s)(@\\w+\\()\\[(.*?)\\](\\))");

    private ExecutableDrl() {
    }

    static byte[] adapt(byte[] drl) {
        Matcher m = LIST_METADATA.matcher(new String(drl, StandardCharsets.UTF_8));
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "java.util.List.of(" + r.group(2) + ")" + r.group(3)))
                .getBytes(StandardCharsets.UTF_8);
    }
}
