package fr.vigiesociale.batch;

import fr.vigiesociale.api.Triage;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Labels;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A batch's ranking as a terminal table, a CSV file (for a spreadsheet) or JSON lines (for a script). */
public final class BatchOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BatchOutput() {
    }

    /** The first {@code limit} territories as an 80-column table, then the count and the errors. */
    public static String text(BatchResult r, int limit, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get("batch.heading", Labels.population(r.territories().size(), m), Labels.population(r.rows(), m))).append('\n');
        out.append(String.format(Locale.ROOT, "%5s  %-8s %5s  %-22s %4s  %-28s%n", "#", m.get("batch.col.level"),
                m.get("batch.col.score"), m.get("batch.col.territory"), m.get("batch.col.departement"), m.get("batch.col.first")));
        r.territories().stream().limit(limit).forEach(t -> out.append(String.format(Locale.ROOT, "%5d  %-8s %5s  %-22s %4s  %-28s%n",
                t.rank(), level(t.triage().topLevel(), m), Labels.score(t.triage().topScore(), m),
                cut(t.name(), 22), t.departement() == null ? "" : t.departement(),
                cut(t.triage().top().isEmpty() ? m.get("batch.nothing") : t.triage().top().get(0).title(), 28))));
        if (r.territories().size() > limit) {
            out.append(m.get("batch.more", Labels.population(r.territories().size() - limit, m))).append('\n');
        }
        appendErrors(out, r.errors(), m);
        return out.toString();
    }

    /** Every territory, one row each, with its three first actions and its count per level. */
    public static String csv(BatchResult r, Messages m) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            p.printRecord("rank", "inseeCode", "name", "departement", "level", "population", "topLevel", "topScore",
                    "critical", "high", "medium", "low", "action1", "action2", "action3");
            for (RankedTerritory t : r.territories()) {
                Triage g = t.triage();
                List<Object> row = new java.util.ArrayList<>(List.of(t.rank(), t.inseeCode(), t.name(),
                        t.departement() == null ? "" : t.departement(), t.level().name(), t.population(),
                        g.topLevel() == null ? "" : g.topLevel().name(), m.number(Numbers.plain(Weights.round(g.topScore())))));
                for (Level l : Level.values()) {
                    row.add(g.levels().getOrDefault(l, 0));
                }
                for (int i = 0; i < Batch.TOP; i++) {
                    row.add(i < g.top().size() ? g.top().get(i).title() : "");
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One JSON object per territory, in rank order, then one per error. */
    public static String jsonLines(BatchResult r) {
        StringBuilder out = new StringBuilder();
        for (RankedTerritory t : r.territories()) {
            ObjectNode o = JSON.createObjectNode();
            o.put("rank", t.rank()).put("inseeCode", t.inseeCode()).put("name", t.name())
                    .put("departement", t.departement()).put("level", t.level().name()).put("population", t.population())
                    .put("topScore", t.triage().topScore());
            ObjectNode levels = o.putObject("levels");
            for (Level l : Level.values()) {
                levels.put(l.name(), t.triage().levels().getOrDefault(l, 0));
            }
            ArrayNode top = o.putArray("top");
            t.triage().top().forEach(a -> top.addObject().put("id", a.id()).put("title", a.title())
                    .put("level", a.level().name()).put("score", a.score()).put("firstStep", a.firstStep())
                    .put("carriedBy", a.carriedBy().name()));
            out.append(JSON.writeValueAsString(o)).append('\n');
        }
        for (BatchError e : r.errors()) {
            ObjectNode o = JSON.createObjectNode();
            o.putObject("error").put("line", e.line()).put("column", e.column()).put("message", e.message());
            out.append(JSON.writeValueAsString(o)).append('\n');
        }
        return out.toString();
    }

    /** The errors, one per line: « ligne 12, colonne indicators.x : … ». */
    public static void appendErrors(StringBuilder out, List<BatchError> errors, Messages m) {
        if (errors.isEmpty()) {
            return;
        }
        out.append(m.get("batch.errors", errors.size())).append('\n');
        errors.forEach(e -> out.append("  ").append(e.column().isEmpty()
                ? e.line() > 0 ? m.get("batch.errorLine", e.line(), e.message()) : e.message()
                : m.get("batch.error", e.line(), e.column(), e.message())).append('\n'));
    }

    private static String level(Level l, Messages m) {
        return l == null ? "" : m.get("level." + l);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
