package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The triage a batch uses is the assessment cut short: same first actions, same scores, same levels. */
class TriageTest {

    @Test
    void theTriageIsTheAssessmentsHead() throws IOException {
        RuleBase rules = TestRules.get();
        for (Path file : GoldenScenariosTest.scenarios()) {
            Scenario s = VigieSociale.readScenario(file);
            Assessment a = rules.assess(s, Lang.EN);
            Triage t = rules.triage(s, 3, Lang.EN);
            // the triage leads with the assessment's first priorities, first steps and leads included
            assertThat(t.top()).as(file.toString()).extracting(Triage.TopAction::id, Triage.TopAction::title,
                    Triage.TopAction::level, Triage.TopAction::score, Triage.TopAction::firstStep, Triage.TopAction::carriedBy)
                    .containsExactlyElementsOf(a.priorities().stream().limit(3).map(p -> org.assertj.core.groups.Tuple.tuple(
                            p.action(), p.title(), p.level(), p.score(), p.firstStep(), p.carriedBy())).toList());
            assertThat(t.topLevel()).isEqualTo(a.actions().isEmpty() ? null : a.actions().get(0).level());
            Map<Level, Integer> levels = new EnumMap<>(Level.class);
            a.actions().forEach(x -> levels.merge(x.level(), 1, Integer::sum));
            assertThat(t.levels()).as(file.toString()).isEqualTo(levels);
            assertThat(t.actions()).isEqualTo(a.actions().size());
        }
    }
}
