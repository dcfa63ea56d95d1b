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
}
