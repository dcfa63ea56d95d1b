package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;

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

    /**
     * One rule base per compiled one, so that its catalogue (a second to build) is built once: keyed
     * by the compiled base's hash, as many as the compiled bases kept, so a server whose rules are
     * reloaded all day holds a bounded number of them.
     */
    private static final Cache<String, RuleBase> BASES = Caffeine.newBuilder()
            .maximumSize(CompiledRules.KEPT_BASES).executor(Runnable::run).build();

    static RuleBase of(CompiledRules compiled) {
        return BASES.get(compiled.cacheKey(), key -> new DefaultRuleBase(compiled));
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
