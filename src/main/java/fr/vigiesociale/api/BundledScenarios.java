package fr.vigiesociale.api;

import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sample scenarios bundled in the jar under {@code scenarios/} (the top-level files only:
 * golden expectations and exercises live in sub-folders). Read once, sorted by id.
 */
public final class BundledScenarios {

    private final List<Scenario> scenarios;

    private BundledScenarios(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /**
     * Reads every bundled scenario.
     *
     * @throws IllegalStateException if the jar's index is missing or a bundled file is invalid (a broken build)
     */
    public static BundledScenarios load() {
        ClassLoader cl = BundledScenarios.class.getClassLoader();
        ScenarioReader reader = new ScenarioReader();
        List<Scenario> all = new ArrayList<>();
        try (InputStream index = cl.getResourceAsStream("scenarios/INDEX")) {
            if (index == null) {
                throw new IllegalStateException("scenarios/INDEX missing from the class path: rebuild with mvn package");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String rel = line.strip();
                ScenarioReader.Format format = ScenarioReader.Format.ofFileName(rel);
                if (rel.isEmpty() || rel.contains("/") || format == null) {
                    continue;
                }
                try (InputStream in = cl.getResourceAsStream("scenarios/" + rel)) {
                    if (in == null) {
                        throw new IllegalStateException("scenarios/" + rel + " listed in INDEX but missing");
                    }
                    all.add(reader.read(rel, in.readAllBytes(), format));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(Comparator.comparing(Scenario::id));
        return new BundledScenarios(all);
    }

    /** Every bundled scenario, sorted by id. */
    public List<Scenario> all() {
        return scenarios;
    }

    public Optional<Scenario> byId(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
