package fr.vigiesociale.ruleset;

import fr.vigiesociale.scenario.SourceTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the data file beside each declared DRL file ({@code solidarity/food-aid.yaml} beside
 * {@code solidarity/food-aid.drl}): the actions its rules suggest, and per rule its English name,
 * trigger and reason texts. A concern is thus written in two adjacent files. A data file beside no
 * declared DRL file is a problem: its words would be read by no rule.
 */
final class ConcernsParser {

    private static final List<String> KEYS = List.of("actions", "rules");
    private static final List<String> RULE_KEYS = List.of("name", "en", "trigger", "reason");

    private final RuleSetFiles files;
    private final List<RuleProblem> problems;
    private final ActionsParser actions;
    private final Map<String, RuleTexts> rules = new LinkedHashMap<>();

    ConcernsParser(RuleSetFiles files, List<RuleProblem> problems, Map<String, Integer> lines) {
        this.files = files;
        this.problems = problems;
        this.actions = new ActionsParser(lines);
    }

    void parse(List<RuleSet.DeclaredFile> declared) {
        for (RuleSet.DeclaredFile drl : declared) {
            String path = RuleTexts.besides(drl.path());
            if (files.file(drl.path()) == null) {
                continue;
            }
            RuleFile yaml = new RuleFile(path, problems);
            if (files.file(path) == null) {
                problems.add(RuleProblem.of(RuleSet.RULESET_FILE, drl.line(), "missingConcernFile", path, drl.path()));
                continue;
            }
            SourceTree.Mapping root = yaml.root(files);
            yaml.onlyKeys(root, KEYS, path);
            if (RuleFile.get(root, "actions") != null) {
                actions.parse(yaml, root);
            }
            for (SourceTree item : yaml.list(root, "rules", path)) {
                rule(yaml, yaml.mapping(item, "rules[]"));
            }
        }
        actions.checkReplacements();
        for (String path : files.files().keySet()) {
            boolean data = path.contains("/") && path.endsWith(".yaml");
            if (data && declared.stream().noneMatch(d -> RuleTexts.besides(d.path()).equals(path))) {
                problems.add(RuleProblem.of(path, 0, "orphanConcernFile", path));
            }
        }
    }

    Map<String, ActionDefinition> actions() {
        return actions.actions();
    }

    Map<String, String> actionFiles() {
        return Map.copyOf(actions.files());
    }

    Map<String, RuleTexts> rules() {
        return Map.copyOf(rules);
    }

    private void rule(RuleFile yaml, SourceTree.Mapping m) {
        String name = yaml.text(m, "name", "rules[]");
        yaml.onlyKeys(m, RULE_KEYS, name);
        String en = yaml.text(m, "en", name);
        Wording trigger = yaml.wording(m, "trigger", name);
        Wording reason = RuleFile.get(m, "reason") == null ? null : yaml.wording(m, "reason", name);
        RuleTexts previous = rules.get(name);
        if (previous != null) {
            yaml.problem(m, "duplicateRuleTexts", name, previous.file() + ":" + previous.line());
            return;
        }
        rules.put(name, new RuleTexts(yaml.name(), m.where().line(), name, en, trigger, reason));
    }
}
