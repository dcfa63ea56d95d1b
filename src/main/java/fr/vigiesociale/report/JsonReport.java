package fr.vigiesociale.report;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.exercise.Timeline;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
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
        return write(g -> AssessmentJson.write(g, a));
    }

    /**
     * The assessment written to {@code out} in UTF-8 as it is produced, with no intermediate
     * string; {@code out} is flushed, not closed.
     */
    public static void write(Assessment a, OutputStream out) {
        try (JsonGenerator g = MAPPER.createGenerator(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        })) {
            AssessmentJson.write(g, a);
        }
    }

    public static String render(List<Assessment> all) {
        return write(g -> {
            g.writeStartArray();
            all.forEach(a -> AssessmentJson.write(g, a));
            g.writeEndArray();
        });
    }

    /**
     * A "what if": both assessments and what changed from the first to the second
     * ({@code added}, {@code removed}, {@code raised}, {@code lowered}: action ids with their scores
     * before and after, {@code null} on the side where the action is absent).
     */
    public static String render(Assessment before, Assessment after, Comparison changes) {
        return write(g -> {
            g.writeStartObject();
            g.writeName("before");
            AssessmentJson.write(g, before);
            g.writeName("after");
            AssessmentJson.write(g, after);
            g.writeName("changes");
            g.writeTree(changes(changes));
            g.writeEndObject();
        });
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
        return write(g -> {
            g.writeStartObject();
            g.writeObjectPropertyStart("exercise");
            g.writeStringProperty("id", t.exercise().id());
            g.writeStringProperty("title", t.exercise().title());
            g.writeArrayPropertyStart("institutions");
            t.exercise().institutions().forEach(a -> g.writeString(a.name()));
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectPropertyStart("start");
            g.writeName("assessment");
            AssessmentJson.write(g, t.start());
            g.writeEndObject();
            g.writeArrayPropertyStart("injects");
            t.steps().forEach(s -> step(g, s));
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void step(JsonGenerator g, Timeline.Step s) {
        g.writeStartObject();
        g.writeStringProperty("id", s.inject().id());
        g.writeStringProperty("time", s.inject().time());
        g.writeStringProperty("title", s.inject().title());
        g.writeArrayPropertyStart("addressedTo");
        s.inject().addressedTo().forEach(a -> g.writeString(a.name()));
        g.writeEndArray();
        g.writeObjectPropertyStart("scenarioChanges");
        s.inject().changes().forEach((path, value) -> {
            if (value == null) {
                g.writeNullProperty(path);
            } else {
                AssessmentJson.fact(g, path, value);
            }
        });
        g.writeEndObject();
        g.writeName("assessment");
        AssessmentJson.write(g, s.assessment());
        g.writeName("changes");
        g.writeTree(changes(s.changes()));
        g.writeArrayPropertyStart("expectedActions");
        for (String id : s.inject().expectedActions()) {
            g.writeStartObject();
            g.writeStringProperty("id", id);
            s.suggested(id).ifPresentOrElse(a -> {
                g.writeBooleanProperty("suggested", true);
                g.writeNumberProperty("rank", a.rank());
            }, () -> g.writeBooleanProperty("suggested", false));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String write(java.util.function.Consumer<JsonGenerator> body) {
        java.io.StringWriter out = new java.io.StringWriter(65_536);
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            body.accept(g);
        }
        return out.toString();
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
}
