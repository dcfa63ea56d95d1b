package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Citation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "Which préconisation does this rule serve" has one answer, the passages its {@code @source}
 * cites: every trigger rule cites at least one, and the catalogue, the rule table, the
 * assessments and the inventory all show exactly those, an action the union of its rules'.
 */
class PreconisationsTest {

    private static final Pattern PRECONISATION = Pattern.compile("hcts-2021/preconisation-(\\d+)");

    private final RuleBase rules = TestRules.get();

    @Test
    void eachTriggerRuleShowsExactlyThePreconisationsItCites() {
        List<RuleInfo> triggers = rules.rules().stream().filter(r -> !r.context()).toList();
        assertThat(triggers).hasSize(125).allSatisfy(r -> {
            assertThat(r.preconisations()).as(r.name()).isNotEmpty().isEqualTo(List.copyOf(cited(r.sources())));
        });
    }

    @Test
    void anActionServesTheUnionOfItsRulesPreconisations() {
        Map<String, Set<Integer>> union = new java.util.HashMap<>();
        rules.rules().stream().filter(r -> !r.context()).forEach(r -> r.actions().forEach(a ->
                union.computeIfAbsent(a, k -> new TreeSet<>()).addAll(r.preconisations())));
        assertThat(rules.actions(Lang.FR)).hasSize(70).allSatisfy(a ->
                assertThat(a.preconisations()).as(a.id()).isEqualTo(List.copyOf(union.get(a.id()))));
    }

    @Test
    void assessmentsAndTheInventoryShowTheSameAnswer() throws IOException {
        Map<String, List<Integer>> catalogue = rules.actions(Lang.FR).stream()
                .collect(Collectors.toMap(ActionInfo::id, ActionInfo::preconisations));
        for (Path file : GoldenScenariosTest.scenarios()) {
            rules.assess(VigieSociale.readScenario(file), Lang.FR).actions().forEach(x ->
                    assertThat(x.preconisations()).as("%s %s", file.getFileName(), x.id()).isEqualTo(catalogue.get(x.id())));
        }
        RuleInventory inventory = RuleInventory.of(rules, Lang.FR);
        rules.rules().stream().filter(r -> !r.context()).forEach(r -> {
            for (int n = 1; n <= 12; n++) {
                assertThat(inventory.byPreconisation().get(n).contains(r.name()))
                        .as("%s under préconisation %d", r.name(), n).isEqualTo(r.preconisations().contains(n));
            }
        });
    }

    private static Set<Integer> cited(List<Citation> sources) {
        Set<Integer> out = new TreeSet<>();
        for (Citation c : sources) {
            Matcher m = PRECONISATION.matcher(c.passage());
            if (m.matches()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }
}
