package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.DataGap;
import fr.vigiesociale.api.NotProposed;
import fr.vigiesociale.api.Priority;
import fr.vigiesociale.api.Reason;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * One assessment written field by field to a JSON generator (contract v1 §2), with no tree built
 * first: fields in a fixed order and numbers in a fixed form, so the same assessment always gives
 * the same bytes.
 */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static void write(JsonGenerator g, Assessment a) {
        g.writeStartObject();
        g.writeNumberProperty("schemaVersion", a.schemaVersion());
        g.writeObjectPropertyStart("scenario");
        g.writeStringProperty("id", a.scenario().id());
        g.writeStringProperty("title", a.scenario().title());
        g.writeStringProperty("territory", a.scenario().territory());
        g.writeEndObject();
        g.writeObjectPropertyStart("ruleset");
        g.writeStringProperty("name", a.ruleset().name());
        g.writeStringProperty("version", a.ruleset().version());
        g.writeStringProperty("sha256", a.ruleset().sha256());
        g.writeNumberProperty("rules", a.ruleset().rules());
        g.writeEndObject();
        g.writeStringProperty("lang", a.lang().code());
        g.writeArrayPropertyStart("priorities");
        a.priorities().forEach(x -> priority(g, x));
        g.writeEndArray();
        g.writeArrayPropertyStart("actions");
        a.actions().forEach(x -> action(g, x));
        g.writeEndArray();
        g.writeArrayPropertyStart("dataGaps");
        for (DataGap gap : a.dataGaps()) {
            g.writeStartObject();
            g.writeStringProperty("field", gap.field());
            g.writeStringProperty("why", gap.why());
            g.writeNumberProperty("points", gap.points());
            g.writeStringProperty("action", gap.action());
            if (gap.level() == null) {
                g.writeNullProperty("level");
            } else {
                g.writeStringProperty("level", gap.level().name());
            }
            strings(g, "actions", gap.actions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("notProposed");
        a.notProposed().forEach(np -> notProposed(g, np));
        g.writeEndArray();
        g.writeObjectPropertyStart("sources");
        a.sources().forEach((id, p) -> {
            g.writeObjectPropertyStart(id);
            g.writeStringProperty("document", p.document());
            g.writeStringProperty("part", p.part());
            g.writeStringProperty("text", p.text());
            g.writeStringProperty("lines", p.lines());
            g.writeEndObject();
        });
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void priority(JsonGenerator g, Priority x) {
        g.writeStartObject();
        g.writeNumberProperty("rank", x.rank());
        g.writeStringProperty("action", x.action());
        g.writeNumberProperty("actionRank", x.actionRank());
        g.writeStringProperty("title", x.title());
        g.writeStringProperty("level", x.level().name());
        g.writeNumberProperty("score", x.score());
        g.writeStringProperty("horizon", x.horizon().name());
        g.writeStringProperty("firstStep", x.firstStep());
        g.writeStringProperty("carriedBy", x.carriedBy().name());
        strings(g, "with", x.with().stream().map(Enum::name).toList());
        g.writeEndObject();
    }

    private static void action(JsonGenerator g, AssessedAction x) {
        g.writeStartObject();
        g.writeNumberProperty("rank", x.rank());
        g.writeStringProperty("id", x.id());
        g.writeStringProperty("title", x.title());
        g.writeStringProperty("description", x.description());
        g.writeArrayPropertyStart("preconisations");
        x.preconisations().forEach(g::writeNumber);
        g.writeEndArray();
        strings(g, "policyAreas", x.policyAreas().stream().map(Enum::name).toList());
        g.writeStringProperty("level", x.level().name());
        g.writeNumberProperty("score", x.score());
        g.writeNumberProperty("points", x.points());
        g.writeBooleanProperty("alarmTrigger", x.alarmTrigger());
        if (x.tieBreak() != null) {
            g.writeObjectPropertyStart("tieBreak");
            g.writeStringProperty("after", x.tieBreak().after());
            g.writeStringProperty("by", x.tieBreak().by().name());
            g.writeEndObject();
        }
        g.writeObjectPropertyStart("confidence");
        g.writeStringProperty("level", x.confidence().level().name());
        g.writeNumberProperty("known", x.confidence().known());
        g.writeNumberProperty("read", x.confidence().read());
        g.writeEndObject();
        g.writeStringProperty("horizon", x.horizon().name());
        strings(g, "actors", x.actors().stream().map(Enum::name).toList());
        g.writeArrayPropertyStart("reasons");
        x.reasons().forEach(r -> reason(g, r));
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void reason(JsonGenerator g, Reason r) {
        g.writeStartObject();
        g.writeStringProperty("rule", r.rule());
        g.writeStringProperty("text", r.text());
        g.writeObjectPropertyStart("facts");
        for (Map.Entry<String, Object> f : r.facts().entrySet()) {
            fact(g, f.getKey(), f.getValue());
        }
        g.writeEndObject();
        g.writeNumberProperty("points", r.points());
        g.writeNumberProperty("contribution", r.contribution());
        g.writeStringProperty("weight", r.weight());
        g.writeArrayPropertyStart("sources");
        r.sources().forEach(c -> {
            g.writeStartObject();
            g.writeStringProperty("passage", c.passage());
            g.writeStringProperty("link", c.link().name());
            g.writeEndObject();
        });
        g.writeEndArray();
        if (r.threshold() != null) {
            g.writeObjectPropertyStart("threshold");
            g.writeStringProperty("indicator", r.threshold().indicator());
            fact(g, "watch", r.threshold().watch());
            if (r.threshold().alarm() != null) {
                fact(g, "alarm", r.threshold().alarm());
            }
            g.writeStringProperty("basis", r.threshold().basis().name());
            g.writeStringProperty("source", r.threshold().source());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void notProposed(JsonGenerator g, NotProposed np) {
        g.writeStartObject();
        g.writeStringProperty("action", np.action());
        g.writeStringProperty("title", np.title());
        g.writeArrayPropertyStart("nearest");
        for (NotProposed.Why w : np.nearest()) {
            g.writeStartObject();
            g.writeStringProperty("rule", w.rule());
            g.writeStringProperty("text", w.text());
            if (w.indicator() != null) {
                g.writeStringProperty("indicator", w.indicator());
                if (w.value() != null) {
                    fact(g, "value", w.value());
                }
                fact(g, "watch", w.watch());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        values.forEach(g::writeString);
        g.writeEndArray();
    }

    /** Whole numbers as integers (80, not 80.0), as a scenario author wrote them. */
    static void fact(JsonGenerator g, String key, Object v) {
        if (v instanceof Boolean b) {
            g.writeBooleanProperty(key, b);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                g.writeNumberProperty(key, (long) d);
            } else {
                g.writeNumberProperty(key, d);
            }
        } else {
            g.writeStringProperty(key, String.valueOf(v));
        }
    }
}
