package fr.vigiesociale.ruleset;

/**
 * A passage a rule cites, and how the rule relates to it: the passage says what the rule does
 * ({@link SourceLink#DIRECT}), or the rule is its authors' reading of the passage.
 *
 * @param passage the passage's id in {@code sources.yaml}, {@code hcts-2021/preconisation-6}
 */
public record Citation(String passage, SourceLink link) {
}
