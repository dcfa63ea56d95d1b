/**
 * The Java API of Vigie sociale: load a rule base, assess a scenario, read the assessment.
 *
 * <pre>{@code
 * RuleBase rules = VigieSociale.bundledRules();                 // or VigieSociale.loadRules(Path.of("rules"))
 * Scenario scenario = VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml"));
 * Assessment assessment = rules.assess(scenario);               // French texts; assess(scenario, Lang.EN) for English
 * assessment.actions().forEach(a -> System.out.println(a.rank() + ". " + a.title() + " — " + a.level()));
 * }</pre>
 *
 * A {@link fr.vigiesociale.api.RuleBase} is immutable and thread-safe: build it once, share it.
 */
package fr.vigiesociale.api;
