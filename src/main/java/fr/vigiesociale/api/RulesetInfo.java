package fr.vigiesociale.api;

/** Which rules produced an assessment: name and version from {@code ruleset.yaml}, hash of the files, rule count. */
public record RulesetInfo(String name, String version, String sha256, int rules) {
}
