package fr.vigiesociale.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.i18n.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new rule base must still offer the exercises the server plays. */
class ReloadCheckTest {

    private final RuleBase rules = VigieSociale.bundledRules();

    @Test
    void anExerciseWhoseExpectedActionsTheRulesSuggestMissesNothing() throws Exception {
        Exercise e = reader(Set.of()).read(Path.of("scenarios/exercises/canicule-personnes-isolees.yaml"));
        assertThat(ReloadCheck.actionsMissing(rules, e)).isEmpty();
    }

    @Test
    void anExpectedActionTheRulesNoLongerSuggestIsNamedOnce(@TempDir Path dir) throws Exception {
        String source = Files.readString(Path.of("scenarios/exercises/canicule-personnes-isolees.yaml"))
                .replace("[VULNERABLE-REGISTER-CALLS, HEATWAVE-COOL-ROOMS]", "[VULNERABLE-REGISTER-CALLS, PHONE-TREE-RETIRED]");
        Path file = Files.writeString(dir.resolve("exercise.yaml"), source);
        Exercise e = reader(Set.of("PHONE-TREE-RETIRED")).read(file);
        assertThat(ReloadCheck.actionsMissing(rules, e)).containsExactly("PHONE-TREE-RETIRED");
    }

    /** A reader whose catalogue is the bundled rules' one, plus {@code retired}: actions an older rule set had. */
    private ExerciseReader reader(Set<String> retired) {
        Set<String> ids = rules.actions(Lang.FR).stream().map(ActionInfo::id).collect(Collectors.toCollection(HashSet::new));
        ids.addAll(retired);
        return new ExerciseReader(BundledScenarios.load(), ids);
    }
}
