package fr.vigiesociale.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A source document's lines as text: bullets ("-", "✓") and emphasis marks ("**", "*") removed,
 * spaces collapsed. A bullet or a blank line starts a new item; any other line continues the item
 * before it (a heading wrapped over two lines, a slide's words).
 */
final class DocumentText {

    private final List<String> lines;

    DocumentText(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        lines = List.of(text.split("\\R", -1));
    }

    int lineCount() {
        return lines.size() > 0 && lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
    }

    /** True when line {@code n} (1-based) holds words, not only bullets, marks or spaces. */
    boolean hasWords(int n) {
        return !clean(lines.get(n - 1)).isEmpty();
    }

    /** The items of lines {@code first} to {@code last} (1-based, inclusive). */
    List<String> items(int first, int last) {
        List<String> items = new ArrayList<>();
        StringBuilder current = null;
        for (int n = first; n <= last; n++) {
            String raw = lines.get(n - 1);
            String clean = clean(raw);
            if (clean.isEmpty()) {
                current = flush(items, current);
                continue;
            }
            if (isBullet(raw)) {
                current = flush(items, current);
            }
            current = current == null ? new StringBuilder(clean) : current.append(' ').append(clean);
        }
        flush(items, current);
        return items;
    }

    private static StringBuilder flush(List<String> items, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            items.add(current.toString());
        }
        return null;
    }

    private static boolean isBullet(String raw) {
        String s = raw.strip();
        return s.startsWith("-") || s.startsWith("✓");
    }

    static String clean(String raw) {
        String s = raw.replace("**", "").strip();
        while (s.startsWith("-") || s.startsWith("✓") || s.startsWith("*")) {
            s = s.substring(1).strip();
        }
        while (s.endsWith("*")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.replaceAll("\\s+", " ");
    }
}
