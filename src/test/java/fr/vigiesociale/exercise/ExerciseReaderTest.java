package fr.vigiesociale.exercise;

import static fr.vigiesociale.exercise.Shared.VALID;
import static fr.vigiesociale.exercise.Shared.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercise files are read as strictly as scenarios: every error, with its path and line, in French and English. */
class ExerciseReaderTest {

    private static List<String> errors(String yaml) {
        InvalidExerciseException e = catchThrowableOfType(InvalidExerciseException.class, () -> read(yaml));
        assertThat(e).as("the exercise should be refused").isNotNull();
        Messages fr = Messages.of(Lang.FR);
        Messages en = Messages.of(Lang.EN);
        e.errors().forEach(err -> assertThat(en.describe("t", err)).doesNotContain("«")); // English has its own texts
        return e.errors().stream().map(err -> fr.describe("test.yaml", err)).toList();
    }

    @Test
    void aValidExerciseIsReadWithItsInjectsInOrder() {
        Exercise e = read(VALID);
        assertThat(e.id()).isEqualTo("test");
        assertThat(e.scenario().id()).isEqualTo("quartiers-nord-confinement");
        assertThat(e.scenarioRef()).isEqualTo("quartiers-nord-confinement");
        assertThat(e.institutions()).containsExactly(Actor.COMMUNE_CCAS, Actor.DEPARTMENT, Actor.ASSOCIATIONS);
        assertThat(e.injects()).extracting(Inject::id).containsExactly("premier", "second");
        Inject first = e.injects().get(0);
        assertThat(first.addressedTo()).containsExactly(Actor.COMMUNE_CCAS);
        assertThat(first.changes()).containsEntry("indicators.foodAidRequestsChangePct", 120.0);
        assertThat(first.expectedActions()).containsExactly("FOOD-AID-COORDINATION");
        assertThat(first.durationMinutes()).isEqualTo(ExerciseFormat.DEFAULT_DURATION);
        Inject second = e.injects().get(1);
        assertThat(second.addressedTo()).as("no addressee: every institution").isEqualTo(e.institutions());
        assertThat(second.changes()).containsEntry("indicators.pupilsOutOfContactPct", null);
    }

    @Test
    void everyErrorOfTheFileIsReportedWithItsPathAndLine() {
        String broken = VALID
                .replace("title: Exercice de test", "titel: Exercice de test")
                .replace("[COMMUNE_CCAS, DEPARTMENT, ASSOCIATIONS]", "[COMMUNE_CCAS, DEPARTEMENT, ASSOCIATIONS]")
                .replace("foodAidRequestsChangePct: 120", "foodAidRequestsChangePct: -150")
                .replace("[FOOD-AID-COORDINATION]", "[FOOD-AID-COORDINATON]");
        assertThat(errors(broken)).containsExactlyInAnyOrder(
                "test.yaml:3:1: titel : clé inconnue « titel » ; vouliez-vous dire « title » ?",
                "test.yaml:1:1: title : champ obligatoire manquant",
                "test.yaml:6:30: institutions[1] : valeur « DEPARTEMENT » non admise ; valeurs admises : "
                        + String.join(", ", List.of(Actor.values()).stream()
                                .map(a -> a.name() + " (" + fr.vigiesociale.i18n.Messages.of(fr.vigiesociale.i18n.Lang.FR).get("actor." + a) + ")").toList())
                        + " ; vouliez-vous dire « DEPARTMENT » (Conseil départemental) ?",
                "test.yaml:16:35: injects[0].changes.indicators.foodAidRequestsChangePct : valeur -150 trop petite ; minimum -100",
                "test.yaml:17:23: injects[0].expectedActions[0] : action « FOOD-AID-COORDINATON » absente du catalogue "
                        + "des actions ; vouliez-vous dire « FOOD-AID-COORDINATION » ?");
    }

    @Test
    void aThousandMistakesGetAsShortAnAnswerAsAHundred() {
        StringBuilder many = new StringBuilder(VALID);
        for (int i = 0; i < 1000; i++) {
            many.append("cle").append(i).append(": 1\n");
        }
        List<String> e = errors(many.toString());
        assertThat(e).hasSize(101);
        assertThat(e.get(100)).contains("900");
    }

    @Test
    void anInjectIsAddressedOnlyToInstitutionsTakingPart() {
        assertThat(errors(VALID.replace("addressedTo: [COMMUNE_CCAS]", "addressedTo: [ARS]"))).containsExactly(
                "test.yaml:13:19: injects[0].addressedTo[0] : l'institution ARS ne participe pas à l'exercice ; "
                        + "institutions participantes (« institutions ») : COMMUNE_CCAS, DEPARTMENT, ASSOCIATIONS");
    }

    @Test
    void injectIdsAreUnique() {
        assertThat(errors(VALID.replace("id: second", "id: premier"))).containsExactly(
                "test.yaml:18:5: injects[1].id : l'identifiant d'inject « premier » est déjà pris par l'inject de la ligne 9");
    }

    @Test
    void changesUseTheScenarioFieldsAndCannotUnsetARequiredOne() {
        String yaml = VALID.replace("        pupilsOutOfContactPct: null\n", "        pupilsOutOfContactPct: null\n"
                + "      territory: {population: null}\n"
                + "      crisis: {phase: CRITICAL}\n"
                + "      indicatorz: {}\n");
        assertThat(errors(yaml)).containsExactlyInAnyOrder(
                "test.yaml:26:31: injects[1].changes.territory.population : ce champ est obligatoire dans un scénario : "
                        + "un inject peut le changer, pas le rendre inconnu (null)",
                "test.yaml:27:23: injects[1].changes.crisis.phase : valeur « CRITICAL » non admise ; valeurs admises : "
                        + "PREPAREDNESS (préparation), ALERT (alerte), ACUTE (aiguë), RECOVERY (rétablissement)",
                "test.yaml:28:7: injects[1].changes.indicatorz : clé inconnue « indicatorz » ; vouliez-vous dire « indicators » ?");
    }

    @Test
    void anInlineScenarioIsCheckedLikeAScenarioFile() {
        String yaml = VALID.replace("scenario: quartiers-nord-confinement", """
                scenario:
                  schemaVersion: 1
                  id: inline
                  title: Scénario écrit dans l'exercice
                  territory: {name: Ici, level: COMMUNE, population: 0}
                  crisis: {kind: HEALTH, phase: ACUTE}""");
        assertThat(errors(yaml)).containsExactly(
                "test.yaml:11:54: scenario.territory.population : valeur 0 trop petite ; minimum 1");
        Exercise ok = read(yaml.replace("population: 0", "population: 800"));
        assertThat(ok.scenarioRef()).isNull();
        assertThat(ok.scenario().territory().name()).isEqualTo("Ici");
    }

    @Test
    void anUnknownBundledScenarioIsNamedWithTheClosestOne() {
        assertThat(errors(VALID.replace("scenario: quartiers-nord-confinement", "scenario: quartier-nord-confinement")))
                .containsExactly("test.yaml:7:11: scenario : aucun scénario intégré ne s'appelle « quartier-nord-confinement » ; "
                        + "vouliez-vous dire « quartiers-nord-confinement » ?");
    }

    @Test
    void aScenarioFileIsResolvedNextToTheExerciseAndItsOwnErrorsAreKept(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("exercises"));
        Files.copy(Path.of("scenarios/canicule-bourg-rural.yaml"), dir.resolve("base.yaml"));
        Path exercise = dir.resolve("exercises/ex.yaml");
        Files.writeString(exercise, VALID.replace("scenario: quartiers-nord-confinement", "scenario: ../base.yaml"));
        assertThat(Shared.READER.read(exercise).scenario().id()).isEqualTo("canicule-bourg-rural");

        Files.writeString(dir.resolve("base.yaml"), Files.readString(dir.resolve("base.yaml")).replace("rural: true", "rurale: true"));
        InvalidExerciseException e = catchThrowableOfType(InvalidExerciseException.class, () -> Shared.READER.read(exercise));
        assertThat(e.errors()).extracting(ScenarioError::code).containsExactly("exercise.scenarioFileInvalid");
        assertThat(e.referencedScenarios()).hasSize(1);
        assertThat(e.referencedScenarios().get(0).source()).endsWith("base.yaml");
        assertThat(e.referencedScenarios().get(0).errors()).extracting(ScenarioError::path).containsExactly("territory.rurale");
    }

    @Test
    void anExerciseSentWithoutItsFolderCannotPointAtAFile() {
        assertThat(errors(VALID.replace("scenario: quartiers-nord-confinement", "scenario: ../../etc/passwd.yaml")))
                .containsExactly("test.yaml:7:11: scenario : un exercice envoyé sans son dossier ne peut pas désigner le fichier "
                        + "« ../../etc/passwd.yaml » ; donnez l'identifiant d'un scénario intégré ou écrivez le scénario dans l'exercice");
    }

    @Test
    void aScenarioFileGivenAsAnExerciseSaysSo() {
        String scenario = "schemaVersion: 1\nid: x\ntitle: X\nterritory: {name: X, level: COMMUNE, population: 10}\n"
                + "crisis: {kind: HEALTH, phase: ACUTE}\n";
        assertThat(errors(scenario)).singleElement().asString().contains("ce fichier est un scénario, pas un exercice");
    }

    @Test
    void wholeFileProblemsSpeakOfAnExercise() {
        assertThat(errors("")).containsExactly("test.yaml:1:1: le fichier est vide ; un exercice commence par « exerciseVersion: 1 »");
        assertThat(errors("- a\n- b\n")).singleElement().asString().contains("le fichier doit décrire un exercice");
        assertThat(errors(VALID.replace("exerciseVersion: 1", "exerciseVersion: 2")))
                .containsExactly("test.yaml:1:18: exerciseVersion : version 2 non prise en charge ; ce lecteur accepte exerciseVersion: 1");
    }

    @Test
    void listsHaveBoundsAndNoRepeats() {
        assertThat(errors(VALID.replace("[COMMUNE_CCAS, DEPARTMENT, ASSOCIATIONS]", "[COMMUNE_CCAS]")))
                .containsExactly("test.yaml:6:15: institutions : 1 élément(s) dans cette liste ; il en faut de 2 à 13");
        assertThat(errors(VALID.replace("[COMMUNE_CCAS, DEPARTMENT, ASSOCIATIONS]", "[COMMUNE_CCAS, COMMUNE_CCAS]")))
                .containsExactly("test.yaml:6:30: institutions[1] : « COMMUNE_CCAS » figure déjà dans cette liste");
        assertThat(errors(VALID.replace("objectives:\n  - Apprendre", "objectives: Apprendre")))
                .containsExactly("test.yaml:4:13: objectives : une liste est attendue, pas \"Apprendre\" "
                        + "(en YAML, une ligne « - valeur » par élément)");
    }

    @Test
    void injectFieldsAreTyped() {
        assertThat(errors(VALID.replace("    narrative: Il se passe quelque chose.\n", "    durationMinutes: 0\n")))
                .containsExactlyInAnyOrder(
                        "test.yaml:9:5: injects[0].narrative : champ obligatoire manquant",
                        "test.yaml:12:22: injects[0].durationMinutes : valeur 0 hors de l'intervalle admis [1 ; 240]");
        assertThat(errors(VALID.replace("time: J+1", "time: " + "x".repeat(31))))
                .containsExactly("test.yaml:10:11: injects[0].time : texte trop long (31 caractères) ; 30 au plus");
    }

    @Test
    void aFileIsRefusedByItsExtensionBeforeBeingRead(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("ex.txt"), VALID);
        assertThatThrownBy(() -> Shared.READER.read(txt)).isInstanceOf(InvalidExerciseException.class)
                .extracting(e -> ((InvalidExerciseException) e).errors().get(0).code()).isEqualTo("exercise.extension");
        assertThatThrownBy(() -> Shared.READER.read(dir.resolve("absent.yaml")))
                .extracting(e -> ((InvalidExerciseException) e).errors().get(0).code()).isEqualTo("notFound");
    }

    @Test
    void jsonExercisesAreReadToo() {
        String json = """
                {"exerciseVersion": 1, "id": "j", "title": "J", "objectives": ["o"],
                 "institutions": ["PREFECTURE", "ARS"], "scenario": "canicule-bourg-rural",
                 "injects": [{"id": "a", "time": "J0", "title": "A", "narrative": "N",
                              "changes": {"crisis": {"phase": "ACUTE"}}}]}
                """;
        Exercise e = Shared.READER.read("j.json", json.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.JSON);
        assertThat(e.injects().get(0).changes()).containsEntry("crisis.phase", "ACUTE");
    }
}
