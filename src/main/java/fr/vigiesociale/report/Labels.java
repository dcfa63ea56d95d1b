package fr.vigiesociale.report;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.Numbers;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers shared by the text and Markdown renderings. */
public final class Labels {

    private Labels() {
    }

    public static String score(double score, Messages m) {
        String s = String.format(java.util.Locale.ROOT, "%.1f", score);
        return m.lang() == fr.vigiesociale.i18n.Lang.FR ? s.replace('.', ',') : s;
    }

    public static String points(double p, Messages m) {
        return "+" + score(p, m);
    }

    public static String preconisations(List<Integer> p) {
        return p.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public static String population(long n, Messages m) {
        return m.lang() == fr.vigiesociale.i18n.Lang.FR
                ? String.format(java.util.Locale.FRANCE, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ')
                : String.format(java.util.Locale.ENGLISH, "%,d", n);
    }

    public static String number(double d) {
        return Numbers.plain(d);
    }

    /** Wraps a text at {@code width} columns; lines after the first start with {@code indent}. */
    public static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.strip().split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n').append(indent);
                lineLength = indent.length();
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
