package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Worsening one known indicator — more food-aid requests, fewer child-protection referrals —
 * never lowers an action's score nor removes an action, whatever the rest of the scenario.
 * Scenarios are drawn over the whole format: every optional field may be unknown.
 */
class WorseningIndicatorProperties {

    @Property(tries = 400)
    void worseningAnIndicatorNeverLowersNorRemovesAnAction(
            @ForAll("scenarios") Map<String, Object> fields,
            @ForAll Indicator indicator,
            @ForAll @DoubleRange(min = 0.1, max = 150) double worsening) {
        Object current = fields.get(indicator.path());
        if (current == null) {
            fields.put(indicator.path(), indicator.kind() == Indicator.Kind.SHARE ? 50.0 : 0.0);
        }
        double before = ((Number) fields.get(indicator.path())).doubleValue();
        double after = clamp(indicator, indicator.direction() == Indicator.Direction.HIGHER_IS_WORSE
                ? before + worsening : before - worsening);
        Map<String, Object> worse = new LinkedHashMap<>(fields);
        worse.put(indicator.path(), after);

        Map<String, Double> scoresBefore = scores(fields);
        Map<String, Double> scoresAfter = scores(worse);
        scoresBefore.forEach((action, score) -> {
            assertThat(scoresAfter).as("%s %s → %s removed %s", indicator.key(), before, after, action).containsKey(action);
            assertThat(scoresAfter.get(action)).as("%s %s → %s lowered %s", indicator.key(), before, after, action)
                    .isGreaterThanOrEqualTo(score);
        });
    }

    private static Map<String, Double> scores(Map<String, Object> fields) {
        return TestRules.scores(TestRules.compiled(), TestRules.compiled().contributions(Scenario.fromFields(fields)));
    }

    private static double clamp(Indicator i, double v) {
        double max = i.maximum() == null ? Double.MAX_VALUE : i.maximum();
        return Math.max(i.minimum(), Math.min(max, v));
    }

    /** Any valid scenario: required fields always set, each optional field possibly unknown. */
    @Provide
    Arbitrary<Map<String, Object>> scenarios() {
        List<Arbitrary<Map.Entry<String, Object>>> parts = new ArrayList<>();
        for (FieldSpec f : ScenarioFields.all()) {
            Arbitrary<Object> value = value(f);
            if (!f.required()) {
                value = value.injectNull(0.3);
            }
            parts.add(value.map(v -> new AbstractMap.SimpleEntry<>(f.path(), v)));
        }
        return Combinators.combine(parts).as(entries -> {
            Map<String, Object> m = new LinkedHashMap<>();
            entries.forEach(e -> {
                if (e.getValue() != null) {
                    m.put(e.getKey(), e.getValue());
                }
            });
            return m;
        });
    }

    private static Arbitrary<Object> value(FieldSpec f) {
        return switch (f.type()) {
            case BOOLEAN -> Arbitraries.of(true, false).map(Object.class::cast);
            case ENUM -> Arbitraries.of(f.allowed()).map(Object.class::cast);
            case INTEGER -> Arbitraries.integers()
                    .between(f.min() == null ? 0 : f.min().intValue(), f.max() == null ? 200_000 : f.max().intValue())
                    .map(Object.class::cast);
            case NUMBER -> Arbitraries.doubles()
                    .between(f.min() == null ? -100 : f.min(), f.max() == null ? 200 : f.max())
                    .ofScale(1).map(Object.class::cast);
            case SLUG -> Arbitraries.just("propriete");
            case TEXT, FREE_TEXT -> Arbitraries.just("Territoire de propriété");
        };
    }
}
