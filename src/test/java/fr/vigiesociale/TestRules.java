package fr.vigiesociale;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.TestRuleBases;
import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.nio.file.Path;

/** The project's rules/ folder, compiled once for the whole test run (compiling DRL takes seconds). */
public final class TestRules {

    private static CompiledRules compiled;
    private static RuleBase rules;

    private TestRules() {
    }

    /** The rule base as integrators see it. */
    public static synchronized RuleBase get() {
        if (rules == null) {
            rules = TestRuleBases.of(compiled());
        }
        return rules;
    }

    /** The same rules, at engine level (raw contributions and fired rules). */
    public static synchronized CompiledRules compiled() {
        if (compiled == null) {
            compiled = CompiledRules.compile(RuleSetFiles.fromDirectory(Path.of("rules")));
        }
        return compiled;
    }

    /** Each action's score, as the engine's one scoring function gives it. */
    /** The bundled rule of that exact name. */
    public static fr.vigiesociale.engine.RuleSpec spec(String name) {
        return compiled().rules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + name));
    }

    public static java.util.Map<String, Double> scores(CompiledRules rules, java.util.List<fr.vigiesociale.engine.Contribution> contributions) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        rules.scoring().scores(contributions).forEach((id, s) -> out.put(id, s.score()));
        return out;
    }
}
