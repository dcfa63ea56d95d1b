package fr.vigiesociale;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import java.nio.file.Path;

/** The project's rules/ folder, compiled once for the whole test run (compiling DRL takes seconds). */
public final class TestRules {

    private static RuleBase rules;

    private TestRules() {
    }

    public static synchronized RuleBase get() {
        if (rules == null) {
            rules = VigieSociale.loadRules(Path.of("rules"));
        }
        return rules;
    }
}
