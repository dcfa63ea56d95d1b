package fr.vigiesociale.exercise;

import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.scenario.DidYouMean;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioError.Located;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.ScenarioValidator;
import fr.vigiesociale.scenario.SourceTree;
import fr.vigiesociale.scenario.TextCharacters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a parsed exercise file, checks every key against {@link ExerciseFormat} and collects all
 * errors; builds the exercise when there are none.
 */
final class ExerciseValidator {

    private static final List<String> ACTOR_NAMES = Arrays.stream(Actor.values()).map(Enum::name).toList();

    private final List<ScenarioError> errors;
    private final BundledScenarios bundled;
    private final Set<String> actionIds;
    private final Path folder;
    private final List<InvalidScenarioException> referencedFailures = new ArrayList<>();

    /** @param folder where file references are resolved, or {@code null} when there is no file */
    ExerciseValidator(List<ScenarioError> errors, BundledScenarios bundled, Set<String> actionIds, Path folder) {
        this.errors = errors;
        this.bundled = bundled;
        this.actionIds = actionIds;
        this.folder = folder;
    }

    List<InvalidScenarioException> referencedFailures() {
        return referencedFailures;
    }

    /** The exercise, or {@code null} when the file has errors. */
    Exercise validate(SourceTree root) {
        if (!(root instanceof SourceTree.Mapping top)) {
            error("", root.where(), "exercise.rootNotMapping", root.describe());
            return null;
        }
        Map<String, SourceTree.Entry> keys = new LinkedHashMap<>();
        top.entries().forEach(e -> keys.put(e.key(), e));
        if (keys.containsKey("territory") || (keys.containsKey("schemaVersion") && !keys.containsKey("injects"))) {
            error("", top.where(), "exercise.looksLikeScenario");
            return null;
        }
        unknownKeys(top, "", ExerciseFormat.KEYS);
        Integer version = integer(top, "exerciseVersion", "exerciseVersion", true, ExerciseFormat.VERSION, ExerciseFormat.VERSION);
        String id = slug(top, "id", "id");
        String title = text(top, "title", "title", true, ExerciseFormat.MAX_TITLE);
        String description = text(top, "description", "description", false, ExerciseFormat.MAX_TEXT);
        List<String> objectives = texts(top, "objectives", 1, ExerciseFormat.MAX_OBJECTIVES);
        List<Actor> institutions = actors(top, "institutions", "institutions", true, ExerciseFormat.MIN_INSTITUTIONS, null);
        Scenario scenario = scenario(top);
        // An inject's addressees are checked against the institutions only when that list is valid.
        List<Inject> injects = injects(top, institutions.isEmpty() ? null : institutions);
        if (!errors.isEmpty() || version == null || scenario == null) {
            return null;
        }
        String ref = keys.get("scenario").value() instanceof SourceTree.Scalar s ? (String) s.value() : null;
        return new Exercise(version, id, title, description, objectives, institutions, ref, scenario, injects);
    }

    // --- the base scenario ---------------------------------------------------------------------

    private Scenario scenario(SourceTree.Mapping top) {
        Optional<SourceTree.Entry> entry = find(top, "scenario");
        if (entry.isEmpty()) {
            error("scenario", top.where(), "missing");
            return null;
        }
        SourceTree node = entry.get().value();
        if (node instanceof SourceTree.Mapping) {
            int before = errors.size();
            Map<String, Object> fields = ScenarioValidator.scenario(node, "scenario.", errors);
            return errors.size() == before ? Scenario.fromFields(fields) : null;
        }
        if (!(node instanceof SourceTree.Scalar scalar) || !(scalar.value() instanceof String ref) || ref.isBlank()) {
            error("scenario", node.where(), "exercise.scenarioShape", node.describe());
            return null;
        }
        if (ScenarioValidator.SLUG.matcher(ref).matches()) {
            Optional<Scenario> found = bundled.byId(ref);
            if (found.isEmpty()) {
                List<String> ids = bundled.all().stream().map(Scenario::id).toList();
                Optional<String> near = DidYouMean.closest(ref, ids);
                if (near.isPresent()) {
                    error("scenario", node.where(), "exercise.unknownScenarioDidYouMean", ref, near.get());
                } else {
                    error("scenario", node.where(), "exercise.unknownScenario", ref, String.join(", ", ids));
                }
            }
            return found.orElse(null);
        }
        if (ScenarioReader.Format.ofFileName(ref) == null) {
            error("scenario", node.where(), "exercise.scenarioShape", node.describe());
            return null;
        }
        if (folder == null) {
            error("scenario", node.where(), "exercise.scenarioFileNotHere", ref);
            return null;
        }
        try {
            return new ScenarioReader().read(folder.resolve(ref).normalize());
        } catch (InvalidScenarioException e) {
            referencedFailures.add(e);
            error("scenario", node.where(), "exercise.scenarioFileInvalid", e.source(), Integer.toString(e.errors().size()));
            return null;
        }
    }

    // --- injects -------------------------------------------------------------------------------

    private List<Inject> injects(SourceTree.Mapping top, List<Actor> institutions) {
        SourceTree.Sequence list = list(top, "injects", "injects", true, 1, ExerciseFormat.MAX_INJECTS);
        List<Inject> injects = new ArrayList<>();
        if (list == null) {
            return injects;
        }
        Map<String, Integer> idLines = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "injects[" + i + "]";
            SourceTree item = list.items().get(i);
            if (!(item instanceof SourceTree.Mapping m)) {
                error(path, item.where(), "exercise.injectNotMapping", item.describe());
                continue;
            }
            Inject inject = inject(m, path, institutions);
            if (inject == null) {
                continue;
            }
            Integer firstLine = idLines.putIfAbsent(inject.id(), m.where().line());
            if (firstLine != null) {
                error(path + ".id", find(m, "id").orElseThrow().where(), "exercise.duplicateInject",
                        inject.id(), Integer.toString(firstLine));
            }
            injects.add(inject);
        }
        return injects;
    }

    private Inject inject(SourceTree.Mapping m, String path, List<Actor> institutions) {
        int before = errors.size();
        unknownKeys(m, path + ".", ExerciseFormat.INJECT_KEYS);
        String id = slug(m, "id", path + ".id");
        String time = text(m, "time", path + ".time", true, ExerciseFormat.MAX_TIME_LABEL);
        String title = text(m, "title", path + ".title", true, ExerciseFormat.MAX_TITLE);
        String narrative = text(m, "narrative", path + ".narrative", true, ExerciseFormat.MAX_TEXT);
        List<Actor> to = actors(m, "addressedTo", path + ".addressedTo", false, 1, institutions);
        Map<String, Object> changes = new LinkedHashMap<>();
        find(m, "changes").ifPresent(e -> changes.putAll(
                ScenarioValidator.changes(e.value(), path + ".changes.", errors)));
        List<String> expected = expectedActions(m, path + ".expectedActions");
        Integer minutes = integer(m, "durationMinutes", path + ".durationMinutes", false, 1, ExerciseFormat.MAX_DURATION);
        if (errors.size() != before) {
            return null;
        }
        return new Inject(id, time, title, narrative, to.isEmpty() && institutions != null ? institutions : to, changes, expected,
                minutes == null ? ExerciseFormat.DEFAULT_DURATION : minutes);
    }

    private List<String> expectedActions(SourceTree.Mapping m, String path) {
        SourceTree.Sequence list = list(m, "expectedActions", path, false, 0, ExerciseFormat.MAX_EXPECTED);
        List<String> ids = new ArrayList<>();
        if (list == null) {
            return ids;
        }
        for (int i = 0; i < list.items().size(); i++) {
            SourceTree item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            if (!(item instanceof SourceTree.Scalar s) || !(s.value() instanceof String actionId)) {
                error(itemPath, item.where(), "expected.SLUG", item.describe());
            } else if (!actionIds.contains(actionId)) {
                Optional<String> near = DidYouMean.closest(actionId, actionIds);
                if (near.isPresent()) {
                    error(itemPath, item.where(), "exercise.unknownActionDidYouMean", actionId, near.get());
                } else {
                    error(itemPath, item.where(), "exercise.unknownAction", actionId);
                }
            } else if (ids.contains(actionId)) {
                error(itemPath, item.where(), "duplicateItem", actionId);
            } else {
                ids.add(actionId);
            }
        }
        return ids;
    }

    // --- typed values --------------------------------------------------------------------------

    private String slug(SourceTree.Mapping m, String key, String path) {
        String s = text(m, key, path, true, 80);
        if (s != null && !ScenarioValidator.SLUG.matcher(s).matches()) {
            error(path, find(m, key).orElseThrow().value().where(), "slug", s);
            return null;
        }
        return s;
    }

    private String text(SourceTree.Mapping m, String key, String path, boolean required, int maxLength) {
        SourceTree node = present(m, key, path, required);
        if (node == null) {
            return required ? null : "";
        }
        if (!(node instanceof SourceTree.Scalar s) || !(s.value() instanceof String text)) {
            error(path, node.where(), "expected.TEXT", node.describe());
            return null;
        }
        if (required && text.isBlank()) {
            error(path, node.where(), "blank");
            return null;
        }
        if (text.strip().length() > maxLength) {
            error(path, node.where(), "tooLong", Integer.toString(text.strip().length()), Integer.toString(maxLength));
            return null;
        }
        // long texts (a description, a narrative) may have several lines; none may hide a control character
        java.util.Optional<String> forbidden = TextCharacters.refused(text, maxLength >= ExerciseFormat.MAX_TEXT);
        if (forbidden.isPresent()) {
            error(path, node.where(), "controlCharacter", forbidden.get());
            return null;
        }
        return text.strip();
    }

    private List<String> texts(SourceTree.Mapping m, String key, int min, int max) {
        SourceTree.Sequence list = list(m, key, key, true, min, max);
        List<String> texts = new ArrayList<>();
        if (list == null) {
            return texts;
        }
        for (int i = 0; i < list.items().size(); i++) {
            SourceTree item = list.items().get(i);
            if (item instanceof SourceTree.Scalar s && s.value() instanceof String t && !t.isBlank()) {
                java.util.Optional<String> forbidden = TextCharacters.refused(t, false);
                if (t.strip().length() > ExerciseFormat.MAX_OBJECTIVE) {
                    error(key + "[" + i + "]", item.where(), "tooLong",
                            Integer.toString(t.strip().length()), Integer.toString(ExerciseFormat.MAX_OBJECTIVE));
                } else if (forbidden.isPresent()) {
                    error(key + "[" + i + "]", item.where(), "controlCharacter", forbidden.get());
                }
                texts.add(t.strip());
            } else {
                error(key + "[" + i + "]", item.where(), "expected.TEXT", item.describe());
            }
        }
        return texts;
    }

    /**
     * A list of institutions (actor codes), without repeats; when {@code within} is given, each
     * must be one of those (an inject is addressed to institutions taking part).
     */
    private List<Actor> actors(SourceTree.Mapping m, String key, String path, boolean required, int min,
                               List<Actor> within) {
        SourceTree.Sequence list = list(m, key, path, required, min, Actor.values().length);
        List<Actor> actors = new ArrayList<>();
        if (list == null) {
            return actors;
        }
        for (int i = 0; i < list.items().size(); i++) {
            SourceTree item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            String typed = item instanceof SourceTree.Scalar s ? String.valueOf(s.value()) : item.describe();
            if (!ACTOR_NAMES.contains(typed)) {
                Optional<String> near = DidYouMean.closest(typed, ACTOR_NAMES);
                if (near.isPresent()) {
                    error(itemPath, item.where(), "enumDidYouMean", typed, String.join(", ", ACTOR_NAMES), near.get());
                } else {
                    error(itemPath, item.where(), "enum", typed, String.join(", ", ACTOR_NAMES));
                }
                continue;
            }
            Actor actor = Actor.valueOf(typed);
            if (actors.contains(actor)) {
                error(itemPath, item.where(), "duplicateItem", typed);
            } else if (within != null && !within.contains(actor)) {
                error(itemPath, item.where(), "exercise.notTakingPart", typed,
                        String.join(", ", within.stream().map(Enum::name).toList()));
            } else {
                actors.add(actor);
            }
        }
        return actors;
    }

    private SourceTree.Sequence list(SourceTree.Mapping m, String key, String path, boolean required, int min, int max) {
        SourceTree node = present(m, key, path, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof SourceTree.Sequence seq)) {
            error(path, node.where(), "expected.LIST", node.describe());
            return null;
        }
        int n = seq.items().size();
        if (n < min || n > max) {
            error(path, node.where(), "listSize", Integer.toString(n), Integer.toString(min), Integer.toString(max));
            return null;
        }
        return seq;
    }

    private Integer integer(SourceTree.Mapping m, String key, String path, boolean required, int min, int max) {
        SourceTree node = present(m, key, path, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof SourceTree.Scalar s) || !(s.value() instanceof Number n)
                || n.doubleValue() != Math.rint(n.doubleValue())) {
            error(path, node.where(), "expected.INTEGER", node.describe());
            return null;
        }
        long v = n.longValue();
        if (v < min || v > max) {
            error(path, node.where(), key.equals("exerciseVersion") ? "exercise.version" : "outOfRange",
                    Long.toString(v), Integer.toString(min), Integer.toString(max));
            return null;
        }
        return (int) v;
    }

    /**
     * The value under {@code key}, or {@code null} when it is absent or written {@code null} (an
     * error when the key is required).
     */
    private SourceTree present(SourceTree.Mapping m, String key, String path, boolean required) {
        Optional<SourceTree.Entry> e = find(m, key);
        if (e.isEmpty() || e.get().value() instanceof SourceTree.Scalar s && s.value() == null) {
            if (required) {
                error(path, e.map(x -> x.value().where()).orElse(m.where()), "missing");
            }
            return null;
        }
        return e.get().value();
    }

    // --- keys ----------------------------------------------------------------------------------

    private void unknownKeys(SourceTree.Mapping m, String prefix, List<String> known) {
        for (SourceTree.Entry e : m.entries()) {
            if (known.contains(e.key())) {
                continue;
            }
            Optional<String> near = DidYouMean.closest(e.key(), known);
            if (near.isPresent()) {
                error(prefix + e.key(), e.where(), "unknownKeyDidYouMean", e.key(), near.get());
            } else {
                error(prefix + e.key(), e.where(), "unknownKey", e.key(), String.join(", ", known));
            }
        }
    }

    private static Optional<SourceTree.Entry> find(SourceTree.Mapping m, String key) {
        return m.entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    private void error(String path, Located where, String code, String... args) {
        errors.add(ScenarioError.at(path, where, code, args));
    }
}
