/**
 * The scenario: a territory's crisis situation as described by contract v1 §1 — its model
 * (records), its field catalogue ({@link fr.vigiesociale.scenario.ScenarioFields}, the single source
 * for validation, the JSON Schema and the field reference) and its strict reader.
 *
 * <p>Absent is not zero: every optional indicator, governance, resource or practice field is
 * {@code null} when the file does not give it, and rules never fire on an unknown value.
 */
package fr.vigiesociale.scenario;
