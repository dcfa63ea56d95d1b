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
        List<Row> unchanged) {

    record Side(String title, String context, int actions) { }

    /** One scenario field whose value differs ("inconnu" when absent on a side). */
    record InputChange(String label, String before, String after) { }

    /** One action's move, with scores and levels already labelled. */
    record Row(String id, String title, String before, String after, String levelBefore, String levelAfter,
               String levelBeforeLabel, String levelAfterLabel, String delta) { }

    static CompareView of(Scenario s1, Assessment a1, Scenario s2, Assessment a2) {
        Messages m = Messages.of(a2.lang());
        Comparison c = Comparison.between(a1, a2);
        return new CompareView(
                new Side(s1.title(), Context.line(s1, m), a1.actions().size()),
                new Side(s2.title(), Context.line(s2, m), a2.actions().size()),
                inputs(s1, s2, m), rows(c.added(), m), rows(c.removed(), m), rows(c.raised(), m),
                rows(c.lowered(), m), rows(c.unchanged(), m));
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
