package fr.vigiesociale.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.batch.BatchError;
import fr.vigiesociale.batch.BatchReader;
import fr.vigiesociale.batch.BatchRow;
import fr.vigiesociale.batch.CrisisDefaults;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.exercise.InvalidExerciseException;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readers of user files, fed arbitrary bytes: a scenario (YAML or JSON), an exercise, a batch
 * of territories. Each input is either read or refused with errors that name a field or a
 * position, in plain words, at most {@link InvalidScenarioException#MAX_SHOWN} of them; anything
 * else (another exception, an internal message, an error with no place) is a finding. In
 * {@code mvn verify} each test replays its seeds from {@code src/test/resources/fr/vigiesociale/fuzz/}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes (docs/robustness.md).
 */
class ReadersFuzzTest {

    private static final ScenarioReader SCENARIOS = new ScenarioReader();
    private static final Messages FR = Messages.of(Lang.FR);
    private static final ExerciseReader EXERCISES = new ExerciseReader(BundledScenarios.load(),
            VigieSociale.bundledRules().actions(Lang.FR).stream().map(ActionInfo::id).collect(Collectors.toSet()));
    private static final ScenarioReader.Format[] FORMATS = {ScenarioReader.Format.YAML, ScenarioReader.Format.JSON};

    @FuzzTest(maxDuration = "30s")
    void scenario(FuzzedDataProvider data) {
        ScenarioReader.Format format = data.pickValue(FORMATS);
        byte[] content = data.consumeRemainingAsBytes();
        try {
            SCENARIOS.read("fuzz." + format.name().toLowerCase(), content, format);
        } catch (InvalidScenarioException e) {
            checkErrors(e.errors());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void exercise(FuzzedDataProvider data) {
        ScenarioReader.Format format = data.pickValue(FORMATS);
        byte[] content = data.consumeRemainingAsBytes();
        try {
            EXERCISES.read("fuzz." + format.name().toLowerCase(), content, format);
        } catch (InvalidExerciseException e) {
            checkErrors(e.errors());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void batch(FuzzedDataProvider data) throws IOException {
        boolean defaults = data.consumeBoolean();
        String csv = data.consumeRemainingAsString();
        BatchReader reader = new BatchReader(defaults ? new CrisisDefaults(Map.of("crisis.kind", "HEALTH", "crisis.phase", "ACUTE"))
                : new CrisisDefaults(Map.of()), FR);
        List<BatchError> errors = new ArrayList<>();
        errors.addAll(reader.read(new StringReader(csv), (BatchRow row) -> errors.addAll(row.errors())));
        for (BatchError e : errors) {
            assertThat(e.line()).isNotNegative();
            assertThat(e.message()).isNotBlank();
            UserFacingText.assertPlain(e.message(), "batch error");
        }
    }

    private static void checkErrors(List<ScenarioError> errors) {
        assertThat(errors).isNotEmpty().hasSizeLessThanOrEqualTo(InvalidScenarioException.MAX_SHOWN + 1);
        for (ScenarioError e : errors) {
            assertThat(!e.path().isEmpty() || e.line() > 0 || UserFacingText.WHOLE_FILE.contains(e.code()))
                    .as("%s has a field or a position", e).isTrue();
            String message = FR.get(e.messageKey(), e.args().toArray());
            assertThat(message).as("a message for %s", e.messageKey()).doesNotStartWith("???").isNotBlank();
            UserFacingText.assertPlain(message, e.messageKey());
        }
    }
}
