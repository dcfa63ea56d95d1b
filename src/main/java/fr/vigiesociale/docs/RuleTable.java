package fr.vigiesociale.docs;

import static fr.vigiesociale.report.MarkdownReport.esc;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInfo;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.report.Citations;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.RuleSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of rules of docs/regles.md, generated from the rule base itself: the twelve préconisations with
 * how many rules put each to work, then every rule (préconisations, name, the level it can reach,
 * what triggers it), then the context rules that only raise priorities.
 */
public final class RuleTable {

    public static final String START = "<!-- rules-table:start (généré par RuleTable, ne pas modifier à la main) -->";
    public static final String END = "<!-- rules-table:end -->";

    private RuleTable() {
    }

    public static String markdown(RuleBase rules, Lang lang) {
        Messages m = Messages.of(lang);
        Map<String, SourcePassage> passages = rules.passages(lang);
        List<RuleInfo> all = rules.rules();
        List<RuleInfo> triggers = all.stream().filter(r -> !r.context() && !r.actions().isEmpty())
                .sorted(Comparator.comparing(RuleInfo::preconisations, RuleTable::compareLists)
                        .thenComparing(r -> r.name()))
                .toList();
        List<RuleInfo> context = all.stream().filter(RuleInfo::context).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(m.get("docs.rules.col.preconisation")).append(" | ")
                .append(m.get("docs.rules.col.title")).append(" | ").append(m.get("docs.rules.col.count")).append(" |\n");
        sb.append("|---:|---|---:|\n");
        for (int n = 1; n <= RuleSet.PRECONISATIONS; n++) {
            int p = n;
            long count = triggers.stream().filter(r -> r.preconisations().contains(p)).count();
            sb.append("| ").append(n).append(" | ").append(rules.preconisationTitle(n, lang)).append(" | ")
                    .append(count).append(" |\n");
        }
        sb.append('\n').append(m.get("docs.rules.triggersIntro", triggers.size(), fr.vigiesociale.api.ReachableLevels.SITUATIONS)).append("\n\n");
        sb.append("| ").append(m.get("docs.rules.col.preconisations")).append(" | ").append(m.get("docs.rules.col.rule"))
                .append(" | ").append(m.get("docs.rules.col.level")).append(" | ").append(m.get("docs.rules.col.trigger"))
                .append(" | ").append(m.get("docs.rules.col.actions")).append(" | ").append(m.get("report.col.source"))
                .append(" |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (RuleInfo r : triggers) {
            sb.append("| ").append(r.preconisations().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(" | ").append(esc(r.name(lang))).append(" | ").append(level(r, m))
                    .append(" | ").append(esc(r.trigger(lang))).append(" | ")
                    .append(r.actions().stream().map(a -> "`" + a + "`").collect(Collectors.joining(" ")))
                    .append(" | ").append(esc(source(r, passages, m))).append(" |\n");
        }
        sb.append('\n').append(m.get("docs.rules.contextIntro", context.size())).append("\n\n");
        sb.append("| ").append(m.get("docs.rules.col.rule")).append(" | ").append(m.get("docs.rules.col.level"))
                .append(" | ").append(m.get("docs.rules.col.trigger")).append(" | ").append(m.get("report.col.source"))
                .append(" |\n");
        sb.append("|---|---|---|---|\n");
        for (RuleInfo r : context) {
            sb.append("| ").append(esc(r.name(lang))).append(" | ").append(level(r, m)).append(" | ")
                    .append(esc(r.trigger(lang))).append(" | ").append(esc(source(r, passages, m))).append(" |\n");
        }
        return sb.toString();
    }

    /** The page with the table between its markers replaced by {@code table}. */
    public static String replaceIn(String readme, String table) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("rule table markers not found: " + START + " … " + END);
        }
        return readme.substring(0, start + START.length()) + "\n" + table + readme.substring(end);
    }

    /** Préconisation lists in numeric order: [1, 3] before [1, 11], [2] after [1, 12]. */
    private static int compareLists(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The passages a rule implements, quoted short, and whether it states or interprets them. */
    static String source(RuleInfo r, Map<String, SourcePassage> passages, Messages m) {
        return r.sources().stream().map(c -> Citations.quoted(passages.get(c.passage()), 60, m) + " ("
                + Citations.shortLink(c.link(), m) + ")").collect(Collectors.joining(" · "));
    }

    private static String level(RuleInfo r, Messages m) {
        return r.reachableLevel() == null ? "—" : m.get("level." + r.reachableLevel().name());
    }
}
