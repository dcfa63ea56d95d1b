package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The entry point for integrators: load rules, read a scenario, assess it.
 *
 * <pre>{@code
 * RuleBase rules = VigieSociale.bundledRules();
 * Assessment a = rules.assess(VigieSociale.readScenario(Path.of("scenario.yaml")));
 * }</pre>
 */
public final class VigieSociale {

    private static final ScenarioReader READER = new ScenarioReader();

    private VigieSociale() {
    }

    /**
     * The HCTS 2021 rule base bundled in the jar.
     *
     * @throws RuleBaseException if the bundled rules do not compile (a broken build)
     */
    public static RuleBase bundledRules() {
        return of(CompiledRules.compile(RuleSetFiles.bundled()));
    }

    /**
     * A rule base read from a folder laid out like the project's {@code rules/}: {@code ruleset.yaml},
     * each DRL file with its data file beside it ({@code food-aid.drl}, {@code food-aid.yaml}),
     * {@code thresholds.yaml}, {@code weights.yaml}, {@code sources.yaml} and the sources.
     *
     * @throws RuleBaseException listing every problem (file, line, message) if it does not load
     */
    public static RuleBase loadRules(Path directory) {
        return of(CompiledRules.compile(RuleSetFiles.fromDirectory(directory)));
    }

    /** A rule base from rule files already read (a folder read once, then checked and compiled). */
    public static RuleBase loadRules(RuleSetFiles files) {
        return of(CompiledRules.compile(files));
    }

    /** One rule base per compiled one, so that its catalogue (a second to build) is built once. */
    private static final Map<CompiledRules, RuleBase> BASES = Collections.synchronizedMap(new WeakHashMap<>());

    static RuleBase of(CompiledRules compiled) {
        return BASES.computeIfAbsent(compiled, DefaultRuleBase::new);
    }

    /**
     * Reads and validates a scenario file ({@code .yaml}, {@code .yml} or {@code .json}).
     *
     * @throws InvalidScenarioException listing every error of the file
     */
    public static Scenario readScenario(Path file) {
        return READER.read(file);
    }
}
