package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;

/** Test access to the hidden rule base implementation, so tests compile the DRL only once. */
public final class TestRuleBases {

    private TestRuleBases() {
    }

    public static RuleBase of(CompiledRules rules) {
        return VigieSociale.of(rules);
    }
}
