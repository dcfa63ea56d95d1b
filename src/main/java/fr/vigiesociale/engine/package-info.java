/**
 * The Drools engine. Rules see the scenario's blocks ({@code Territory}, {@code Crisis},
 * {@code Governance}, {@code Resources}, {@code Practices}) and one {@link fr.vigiesociale.engine.Signal}
 * per known indicator; they insert {@link fr.vigiesociale.engine.Contribution}s through the
 * {@code advice} global ({@link fr.vigiesociale.engine.Advice}). The public classes here are
 * the vocabulary of rule authors; integrators use {@link fr.vigiesociale.api.VigieSociale}.
 *
 * <p>One KieBase is built per rule base and shared; every evaluation gets a fresh KieSession,
 * disposed at the end.
 */
package fr.vigiesociale.engine;
