/**
 * The rule base as files: DRL rules, each with the data file beside it (its concern's actions and
 * its rules' words in French and English), plus what the concerns share — indicator thresholds and
 * their sentences ({@code thresholds.yaml}), points and level bounds ({@code weights.yaml}), the
 * source documents ({@code sources.yaml}). Loaded from the
 * bundled {@code rules/} or from any directory; hashed so an assessment names the exact rules used.
 */
package fr.vigiesociale.ruleset;
