package fr.vigiesociale.exercise;

import fr.vigiesociale.scenario.ScenarioValidator;
import fr.vigiesociale.scenario.ScenarioWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an exercise back as an exercise file that {@link ExerciseReader} reads to an equal
 * exercise. A base scenario named by a bundled id stays a reference; one read from a file is
 * written inline, so the output stands on its own.
 */
public final class ExerciseWriter {

    private ExerciseWriter() {
    }

    public static String yaml(Exercise e) {
        return ScenarioWriter.yaml(tree(e));
    }

    public static String json(Exercise e) {
        return ScenarioWriter.json(tree(e));
    }

    static Map<String, Object> tree(Exercise e) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exerciseVersion", e.exerciseVersion());
        root.put("id", e.id());
        root.put("title", e.title());
        if (!e.description().isEmpty()) {
            root.put("description", e.description());
        }
        root.put("objectives", e.objectives());
        root.put("institutions", e.institutions().stream().map(Enum::name).toList());
        boolean bundledRef = e.scenarioRef() != null && ScenarioValidator.SLUG.matcher(e.scenarioRef()).matches();
        root.put("scenario", bundledRef ? e.scenarioRef() : ScenarioWriter.tree(e.scenario().fields()));
        List<Map<String, Object>> injects = e.injects().stream().map(ExerciseWriter::inject).toList();
        root.put("injects", injects);
        return root;
    }

    private static Map<String, Object> inject(Inject i) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", i.id());
        n.put("time", i.time());
        n.put("title", i.title());
        n.put("narrative", i.narrative());
        n.put("addressedTo", i.addressedTo().stream().map(Enum::name).toList());
        if (!i.changes().isEmpty()) {
            n.put("changes", ScenarioWriter.tree(i.changes()));
        }
        if (!i.expectedActions().isEmpty()) {
            n.put("expectedActions", i.expectedActions());
        }
        n.put("durationMinutes", i.durationMinutes());
        return n;
    }
}
