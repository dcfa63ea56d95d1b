/**
 * The Drools engine. Rules see the scenario's blocks ({@code Territory}, {@code Crisis},
 * {@code Governance}, {@code Resources}, {@code Practices}), one {@link fr.vigiesociale.engine.Signal}
 * per known indicator, the typed counts as the {@code counts} global, and the
 * {@link fr.vigiesociale.engine.Suggestion}s opened so far. A rule's fixed data (action, reason,
 * weight, cited fields, sources) is its metadata, read into a {@link fr.vigiesociale.engine.RuleSpec}
 * and checked against the rule set when the rules load ({@code RuleChecks}, {@code RuleBaseChecks});
 * its consequence hands what it matched to the {@code advice} global
 * ({@link fr.vigiesociale.engine.Advice}), which makes the {@link fr.vigiesociale.engine.Contribution}.
 * The public classes here are the vocabulary of rule authors; integrators use
 * {@link fr.vigiesociale.api.VigieSociale}.
 *
 * <p>One KieBase is built per rule base content (SHA-256) in a JVM and shared; every evaluation gets
 * a fresh KieSession, disposed at the end.
 */
package fr.vigiesociale.engine;
