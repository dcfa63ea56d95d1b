package fr.vigiesociale.engine;

import fr.vigiesociale.engine.precompiled.PrecompiledRules;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the bundled rules' conditions read ({@link ConditionReads}), worked out when the build
 * precompiles them and loaded with them: the jar then never parses its own DRL. Only for the files
 * the build saw (the precompiled rules' SHA-256).
 */
public final class ConditionReadsCache {

    static final String RESOURCE = "precompiled-rules/conditions.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConditionReadsCache() {
    }

    /** Build step: writes the conditions of {@code files} under {@code classes}; a rule that does not parse stops it. */
    public static void write(RuleSetFiles files, Path classes) throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, ConditionReads.Rule> rules = ConditionReads.of(files.drlFiles(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rule conditions cannot be read: " + problems);
        }
        Path out = classes.resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Files.write(out, JSON.writeValueAsBytes(rules));
    }

    /** The conditions the build worked out for exactly these files, if it did. */
    static Optional<Map<String, ConditionReads.Rule>> read(RuleSetFiles files) {
        if (!PrecompiledRules.builtFrom(files)) {
            return Optional.empty();
        }
        try (InputStream in = ConditionReadsCache.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(JSON.readValue(in, new TypeReference<LinkedHashMap<String, ConditionReads.Rule>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
