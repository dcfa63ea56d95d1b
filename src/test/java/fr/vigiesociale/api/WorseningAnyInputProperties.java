package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Worsening any input that is not an indicator — a governance weakness, a resource lost, a heavier
 * practice, the phase from alert to acute, a stricter lockdown, a priority neighbourhood or a rural
 * territory — never lowers an action's score nor removes an action, except an action the catalogue
 * declares replaced ({@code replacedBy}) by one the worse situation suggests. Scenarios are drawn
 * over the whole format ({@link WorseningIndicatorProperties#scenarios()}).
 */
class WorseningAnyInputProperties {

    /** Each input's values from better to worse; a step moves one value towards the end. */
    static final Map<String, List<Object>> WORSE = worse();

    private static Map<String, List<Object>> worse() {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        for (String f : List.of("governance.socialSectorInCrisisCell", "governance.priorPartnerships",
                "governance.governanceProtocols", "governance.socialImpactPlan", "governance.peopleSupportedParticipation",
                "resources.citizenCollectivesActive", "resources.localSocialWorkCommittee",
                "practices.frontlineInitiativeDelegated", "practices.crossInstitutionalTraining",
                "practices.proximityManagersSupported")) {
            m.put(f, List.of(true, false));
        }
        m.put("territory.priorityNeighbourhood", List.of(false, true));
        m.put("territory.rural", List.of(false, true));
        m.put("governance.nationalLocalCoordination", List.of("STRUCTURED", "AD_HOC", "NONE"));
        m.put("resources.civicReserve", List.of("MOBILISED", "REGISTERED", "NONE"));
        m.put("resources.civicReserveVolunteers", List.of(50, 1, 0));
        m.put("resources.outreachTeams", List.of(3, 1, 0));
        m.put("resources.staffDigitalEquipment", List.of("FULL", "PARTIAL", "NONE"));
        m.put("practices.administrativeBurden", List.of("LOW", "MODERATE", "HIGH"));
        m.put("crisis.phase", List.of("ALERT", "ACUTE"));
        m.put("crisis.lockdown", List.of("NONE", "PARTIAL", "FULL"));
        m.put("crisis.householdsDisplaced", List.of(0, 5, 600));
        m.put("crisis.powerOrPhoneCutPct", List.of(0, 9, 10, 60));
        m.put("crisis.careHomesClosedToVisits", List.of(false, true));
        m.put("crisis.schoolsClosed", List.of(false, true));
        m.put("crisis.layoffsAnnounced", List.of(0, 9, 10, 450));
        return m;
    }

    @Property(tries = 600)
    void worseningAnyInputNeverLowersNorRemovesAnAction(
            @ForAll("scenarios") Map<String, Object> fields,
            @ForAll("inputs") String input,
            @ForAll("steps") int step) {
        List<Object> order = WORSE.get(input);
        int from = step % (order.size() - 1);
        if (input.equals("crisis.phase") && !order.contains(String.valueOf(fields.get("crisis.phase")))) {
            fields.put("crisis.phase", "ALERT");
        }
        Map<String, Object> better = new LinkedHashMap<>(fields);
        better.put(input, order.get(from));
        Map<String, Object> worse = new LinkedHashMap<>(fields);
        worse.put(input, order.get(from + 1));
        Map<String, Double> before = scores(better);
        Map<String, Double> after = scores(worse);
        before.forEach((action, score) -> {
            Set<String> replacements = TestRules.compiled().ruleSet().action(action).map(ActionDefinition::replacedBy)
                    .orElse(Set.of());
            if (!after.containsKey(action) && replacements.stream().anyMatch(after::containsKey)) {
                return;
            }
            assertThat(after).as("%s %s → %s removed %s", input, order.get(from), order.get(from + 1), action)
                    .containsKey(action);
            assertThat(after.get(action)).as("%s %s → %s lowered %s", input, order.get(from), order.get(from + 1), action)
                    .isGreaterThanOrEqualTo(score);
        });
    }

    private static Map<String, Double> scores(Map<String, Object> fields) {
        return TestRules.scores(TestRules.compiled(), TestRules.compiled().contributions(Scenario.fromFields(fields)));
    }

    @Provide
    Arbitrary<Map<String, Object>> scenarios() {
        return new WorseningIndicatorProperties().scenarios();
    }

    @Provide
    Arbitrary<String> inputs() {
        return Arbitraries.of(WORSE.keySet().stream().collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.integers().between(0, 1);
    }
}
