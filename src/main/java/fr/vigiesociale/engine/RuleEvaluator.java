package fr.vigiesociale.engine;

import fr.vigiesociale.scenario.Scenario;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What runs the rules on a scenario's facts: {@link CompiledRules} with a Drools session. The
 * assessment (texts, data gaps, "why not") is built on whatever implements it, which lets a
 * benchmark put a hand-written evaluation of the same conditions beside the engine and check that
 * both give the same assessment.
 */
public interface RuleEvaluator {

    /** Every contribution of the rules on the scenario, corroboration applied, in a fixed order. */
    List<Contribution> contributions(Scenario scenario);

    /**
     * What only some rules give on a scenario, before corroboration, with some actions already
     * suggested (see {@link CompiledRules#contributionsOf}).
     */
    List<Contribution> contributionsOf(Scenario scenario, Set<String> rules, Collection<String> open);
}
