package fr.vigiesociale.bench.floor;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.RuleSpec;
import fr.vigiesociale.engine.Scoring;
import fr.vigiesociale.engine.Suggestion;
import fr.vigiesociale.ruleset.RuleSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What every hand-written evaluation shares: the rules' metadata by name, the catalogue's
 * suggestions, and the engine's scoring (a signal's points).
 */
record Book(Map<String, RuleSpec> rules, Map<String, Suggestion> suggestions, RuleSet ruleSet, Scoring scoring,
            double convergenceMax) {

    static Book of(CompiledRules compiled) {
        RuleSet rs = compiled.ruleSet();
        // keyed by the interned name: the same instance as the string literals the rules are called by
        Map<String, RuleSpec> rules = new IdentityHashMap<>();
        compiled.rules().forEach(r -> rules.put(r.name().intern(), r));
        Map<String, Suggestion> suggestions = new HashMap<>();
        rs.actions().values().forEach(d -> suggestions.put(d.id(),
                new Suggestion(d.id(), d.horizon(), d.preconisations(), d.policyAreas(), d.publics())));
        return new Book(rules, suggestions, rs, compiled.scoring(), rs.weights().points("convergence.max"));
    }
}
