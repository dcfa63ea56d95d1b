package fr.vigiesociale.api;

import fr.vigiesociale.scenario.BundledFiles;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
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
        ScenarioReader reader = new ScenarioReader();
        List<Scenario> all = new ArrayList<>();
        for (BundledFiles.File f : BundledFiles.under(rel -> !rel.contains("/"))) {
            all.add(reader.read(f.name(), f.content(), f.format()));
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
