package fr.vigiesociale.web.page;

import fr.vigiesociale.report.FactLabels;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Context;
import fr.vigiesociale.report.Labels;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The what-if page: the two situations, the inputs that differ, and the actions added, removed,
 * raised and lowered between them.
 */
record CompareView(
        Side before,
        Side after,
        List<InputChange> inputs,
        List<Row> added,
        List<Row> removed,
        List<Row> raised,
        List<Row> lowered,
        List<Row> unchanged,
        String rulesetLine) {

    record Side(String title, String context, int actions) { }

    /** The changes of one kind ("added", "raised", "lowered", "removed"), in that order of reading. */
    public List<Row> changes(String kind) {
        return switch (kind) {
            case "added" -> added;
            case "raised" -> raised;
            case "lowered" -> lowered;
            case "removed" -> removed;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static final List<String> KINDS = List.of("added", "raised", "lowered", "removed");

    /** One scenario field whose value differs ("inconnu" when absent on a side). */
    record InputChange(String label, String before, String after) { }

    /** One action's move, with scores and levels already labelled. */
    record Row(String id, String title, String before, String after, String levelBefore, String levelAfter,
               String levelBeforeLabel, String levelAfterLabel, String delta) { }

    /**
     * A variant of a situation, ready to edit: its own title ("… — variante") and id, so that the
     * comparison never shows two columns under the same name.
     */
    static Scenario variantOf(Scenario base, Messages m) {
        String title = m.get("web.compare.variantTitle", base.title());
        String id = base.id().length() + VARIANT_ID.length() <= 80 ? base.id() + VARIANT_ID : base.id();
        return new Scenario(base.schemaVersion(), id, title, base.description(), base.territory(), base.crisis(),
                base.indicators(), base.governance(), base.resources(), base.practices());
    }

    /** The variant as submitted, renamed if it still carries its starting situation's title. */
    static Scenario distinct(Scenario base, Scenario variant, Messages m) {
        return variant.title().equals(base.title()) ? variantOf(variant, m) : variant;
    }

    private static final String VARIANT_ID = "-variante";

    static CompareView of(Scenario s1, Assessment a1, Scenario s2, Assessment a2) {
        Messages m = Messages.of(a2.lang());
        Comparison c = Comparison.between(a1, a2);
        return new CompareView(
                new Side(s1.title(), Context.line(s1, m), a1.actions().size()),
                new Side(s2.title(), Context.line(s2, m), a2.actions().size()),
                inputs(s1, s2, m), rows(c.added(), m), rows(c.removed(), m), rows(c.raised(), m),
                rows(c.lowered(), m), rows(c.unchanged(), m),
                m.get("report.ruleset", a2.ruleset().name(), a2.ruleset().version(), a2.ruleset().rules(),
                        a2.ruleset().sha256().substring(0, 12)));
    }

    private static List<InputChange> inputs(Scenario s1, Scenario s2, Messages m) {
        FactLabels labels = new FactLabels(m);
        Map<String, Object> f1 = s1.fields();
        Map<String, Object> f2 = s2.fields();
        List<InputChange> out = new ArrayList<>();
        for (FieldSpec f : ScenarioFields.all()) {
            if (f.path().equals("id") || f.path().equals("schemaVersion") || f.path().equals("description")) {
                continue;
            }
            Object v1 = f1.get(f.path());
            Object v2 = f2.get(f.path());
            if (!Objects.equals(v1, v2)) {
                out.add(new InputChange(labels.label(f.path()), text(labels, f.path(), v1, m),
                        text(labels, f.path(), v2, m)));
            }
        }
        return out;
    }

    private static String text(FactLabels labels, String path, Object v, Messages m) {
        return v == null ? m.get("web.form.unknown") : labels.value(path, v);
    }

    private static List<Row> rows(List<Comparison.Change> changes, Messages m) {
        return changes.stream().map(c -> new Row(c.id(), c.title(),
                c.before() == null ? "—" : Labels.score(c.before(), m),
                c.after() == null ? "—" : Labels.score(c.after(), m),
                c.levelBefore() == null ? null : c.levelBefore().name(),
                c.levelAfter() == null ? null : c.levelAfter().name(),
                c.levelBefore() == null ? "—" : m.get("level." + c.levelBefore()),
                c.levelAfter() == null ? "—" : m.get("level." + c.levelAfter()),
                (c.delta() > 0 ? "+" : c.delta() < 0 ? "−" : "") + Labels.score(Math.abs(c.delta()), m)))
                .toList();
    }
}
