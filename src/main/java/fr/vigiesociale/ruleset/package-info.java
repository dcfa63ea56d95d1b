/**
 * The rule base as files: DRL rules plus the data they use — the action catalogue
 * ({@code actions.yaml}), indicator thresholds ({@code thresholds.yaml}), points and level bounds
 * ({@code weights.yaml}) and reason texts ({@code i18n/reasons*.properties}). Loaded from the
 * bundled {@code rules/} or from any directory; hashed so an assessment names the exact rules used.
 */
package fr.vigiesociale.ruleset;
