package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.api.DataGap;
import fr.vigiesociale.api.NotProposed;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.exercise.Timeline;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assessment as JSON, contract v1 §2. Fields are written in a fixed order and numbers in a
 * fixed form, so the same assessment always gives the same bytes.
 */
public final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static String render(Assessment a) {
        return MAPPER.writeValueAsString(tree(a));
    }

    public static String render(List<Assessment> all) {
        ArrayNode array = MAPPER.createArrayNode();
        all.forEach(a -> array.add(tree(a)));
        return MAPPER.writeValueAsString(array);
    }

    /**
     * A "what if": both assessments and what changed from the first to the second
     * ({@code added}, {@code removed}, {@code raised}, {@code lowered}: action ids with their scores
     * before and after, {@code null} on the side where the action is absent).
     */
    public static String render(Assessment before, Assessment after, Comparison changes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("before", tree(before));
        root.set("after", tree(after));
        root.set("changes", changes(changes));
        return MAPPER.writeValueAsString(root);
    }

    /**
     * An exercise played by the engine: the exercise's id, title and institutions, the assessment
     * of the starting situation, then the top-level {@code injects} array — for each inject its
     * {@code id}, {@code time}, {@code title}, the institutions it is addressed to, the scenario
     * fields it changes ({@code scenarioChanges}), the full {@code assessment} of the situation
     * after it, {@code changes} from the previous assessment, and the expected actions with
     * whether the rules suggest them.
     */
    public static String render(Timeline t) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode exercise = root.putObject("exercise");
        exercise.put("id", t.exercise().id());
        exercise.put("title", t.exercise().title());
        ArrayNode institutions = exercise.putArray("institutions");
        t.exercise().institutions().forEach(a -> institutions.add(a.name()));
        root.putObject("start").set("assessment", tree(t.start()));
        ArrayNode injects = root.putArray("injects");
        for (Timeline.Step s : t.steps()) {
            ObjectNode n = injects.addObject();
            n.put("id", s.inject().id());
            n.put("time", s.inject().time());
            n.put("title", s.inject().title());
            ArrayNode to = n.putArray("addressedTo");
            s.inject().addressedTo().forEach(a -> to.add(a.name()));
            ObjectNode facts = n.putObject("scenarioChanges");
            s.inject().changes().forEach((path, value) -> {
                if (value == null) {
                    facts.putNull(path);
                } else {
                    putFact(facts, path, value);
                }
            });
            n.set("assessment", tree(s.assessment()));
            n.set("changes", changes(s.changes()));
            ArrayNode expected = n.putArray("expectedActions");
            for (String id : s.inject().expectedActions()) {
                ObjectNode x = expected.addObject();
                x.put("id", id);
                s.suggested(id).ifPresentOrElse(a -> {
                    x.put("suggested", true);
                    x.put("rank", a.rank());
                }, () -> x.put("suggested", false));
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    /** The four lists of a comparison, as contract-style JSON. */
    public static ObjectNode changes(Comparison c) {
        ObjectNode n = MAPPER.createObjectNode();
        changeList(n.putArray("added"), c.added());
        changeList(n.putArray("removed"), c.removed());
        changeList(n.putArray("raised"), c.raised());
        changeList(n.putArray("lowered"), c.lowered());
        return n;
    }

    private static void changeList(ArrayNode array, List<Comparison.Change> changes) {
        for (Comparison.Change c : changes) {
            ObjectNode n = array.addObject();
            n.put("id", c.id());
            if (c.before() == null) {
                n.putNull("before");
            } else {
                n.put("before", c.before());
            }
            if (c.after() == null) {
                n.putNull("after");
            } else {
                n.put("after", c.after());
            }
        }
    }

    static ObjectNode tree(Assessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", a.schemaVersion());
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("id", a.scenario().id());
        scenario.put("title", a.scenario().title());
        scenario.put("territory", a.scenario().territory());
        ObjectNode ruleset = root.putObject("ruleset");
        ruleset.put("name", a.ruleset().name());
        ruleset.put("version", a.ruleset().version());
        ruleset.put("sha256", a.ruleset().sha256());
        ruleset.put("rules", a.ruleset().rules());
        root.put("lang", a.lang().code());
        ArrayNode actions = root.putArray("actions");
        for (AssessedAction x : a.actions()) {
            ObjectNode n = actions.addObject();
            n.put("rank", x.rank());
            n.put("id", x.id());
            n.put("title", x.title());
            n.put("description", x.description());
            ArrayNode precos = n.putArray("preconisations");
            x.preconisations().forEach(precos::add);
            ArrayNode areas = n.putArray("policyAreas");
            x.policyAreas().forEach(p -> areas.add(p.name()));
            n.put("level", x.level().name());
            n.put("score", x.score());
            n.put("points", x.points());
            n.put("alarmTrigger", x.alarmTrigger());
            if (x.tieBreak() != null) {
                n.putObject("tieBreak").put("after", x.tieBreak().after()).put("by", x.tieBreak().by().name());
            }
            n.putObject("confidence").put("level", x.confidence().level().name())
                    .put("known", x.confidence().known()).put("read", x.confidence().read());
            n.put("horizon", x.horizon().name());
            ArrayNode actors = n.putArray("actors");
            x.actors().forEach(p -> actors.add(p.name()));
            ArrayNode reasons = n.putArray("reasons");
            for (Reason r : x.reasons()) {
                ObjectNode rn = reasons.addObject();
                rn.put("rule", r.rule());
                rn.put("text", r.text());
                ObjectNode facts = rn.putObject("facts");
                for (Map.Entry<String, Object> f : r.facts().entrySet()) {
                    putFact(facts, f.getKey(), f.getValue());
                }
                rn.put("points", r.points());
                rn.put("contribution", r.contribution());
                rn.put("weight", r.weight());
                ArrayNode sources = rn.putArray("sources");
                r.sources().forEach(c -> sources.addObject().put("passage", c.passage()).put("link", c.link().name()));
                if (r.threshold() != null) {
                    ObjectNode t = rn.putObject("threshold");
                    t.put("indicator", r.threshold().indicator());
                    putFact(t, "watch", r.threshold().watch());
                    if (r.threshold().alarm() != null) {
                        putFact(t, "alarm", r.threshold().alarm());
                    }
                    t.put("basis", r.threshold().basis().name());
                    t.put("source", r.threshold().source());
                }
            }
        }
        ArrayNode gaps = root.putArray("dataGaps");
        for (DataGap g : a.dataGaps()) {
            ObjectNode gn = gaps.addObject();
            gn.put("field", g.field());
            gn.put("why", g.why());
            gn.put("points", g.points());
            gn.put("action", g.action());
            ArrayNode ids = gn.putArray("actions");
            g.actions().forEach(ids::add);
        }
        ArrayNode notProposed = root.putArray("notProposed");
        for (NotProposed np : a.notProposed()) {
            ObjectNode nn = notProposed.addObject();
            nn.put("action", np.action());
            nn.put("title", np.title());
            ArrayNode whys = nn.putArray("nearest");
            for (NotProposed.Why w : np.nearest()) {
                ObjectNode wn = whys.addObject();
                wn.put("rule", w.rule());
                wn.put("text", w.text());
                if (w.indicator() != null) {
                    wn.put("indicator", w.indicator());
                    if (w.value() != null) {
                        putFact(wn, "value", w.value());
                    }
                    putFact(wn, "watch", w.watch());
                }
            }
        }
        ObjectNode sources = root.putObject("sources");
        a.sources().forEach((id, p) -> {
            ObjectNode pn = sources.putObject(id);
            pn.put("document", p.document());
            pn.put("part", p.part());
            pn.put("text", p.text());
            pn.put("lines", p.lines());
        });
        return root;
    }

    /** Whole numbers as integers (80, not 80.0), as a scenario author wrote them. */
    private static void putFact(ObjectNode facts, String key, Object v) {
        if (v instanceof Boolean b) {
            facts.put(key, b);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                facts.put(key, (long) d);
            } else {
                facts.put(key, d);
            }
        } else {
            facts.put(key, String.valueOf(v));
        }
    }
}
