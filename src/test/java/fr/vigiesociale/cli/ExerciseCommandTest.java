package fr.vigiesociale.cli;

import static fr.vigiesociale.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code exercise run|check}: the timeline in three formats, the same exit statuses and error style as {@code evaluate}. */
class ExerciseCommandTest {

    private static final String EXERCISE = "scenarios/exercises/canicule-personnes-isolees.yaml";

    @Test
    void jsonHasOneElementPerInjectWithItsAssessmentAndItsDiff() {
        Run r = run("exercise", "run", "--format", "json", EXERCISE);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.path("exercise").path("id").asString()).isEqualTo("canicule-personnes-isolees");
        assertThat(json.path("start").path("assessment").path("scenario").path("id").asString())
                .isEqualTo("canicule-bourg-rural");
        JsonNode injects = json.path("injects");
        assertThat(injects.size()).isEqualTo(5);
        JsonNode first = injects.get(0);
        assertThat(first.path("id").asString()).isEqualTo("vigilance-rouge");
        assertThat(first.path("time").asString()).isEqualTo("J0");
        assertThat(first.path("title").asString()).isEqualTo("Vigilance rouge canicule");
        assertThat(first.path("assessment").path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(first.path("assessment").path("actions").get(0).path("reasons").isArray()).isTrue();
        for (String list : new String[] {"added", "removed", "raised", "lowered"}) {
            assertThat(first.path("changes").path(list).isArray()).as(list).isTrue();
        }
        // Mobilising the civic reserve brings the uncontacted share down: coordinating isolation is dropped.
        JsonNode reserve = injects.get(3);
        assertThat(reserve.path("id").asString()).isEqualTo("renfort-reserve-civique");
        assertThat(reserve.path("changes").path("removed").findValuesAsString("id")).contains("ISOLATION-COORDINATION");
        JsonNode lowered = null;
        for (JsonNode l : reserve.path("changes").path("lowered")) {
            lowered = l.path("id").asString().equals("VULNERABLE-REGISTER-CALLS") ? l : lowered;
        }
        assertThat(lowered).as("the register calls are lowered").isNotNull();
        assertThat(lowered.path("before").asDouble()).isGreaterThan(lowered.path("after").asDouble());
        JsonNode added = reserve.path("changes").path("added").get(0);
        assertThat(added.path("before").isNull()).isTrue();
        assertThat(reserve.path("scenarioChanges").path("resources.civicReserve").asString()).isEqualTo("MOBILISED");
        assertThat(run("exercise", "run", "--format=json", EXERCISE).out()).as("byte-identical run to run").isEqualTo(r.out());
    }

    @Test
    void textAndMarkdownTellTheStoryInject_byInject() {
        Run text = run("exercise", "run", EXERCISE);
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("Exercice — Canicule dans un bourg rural", "Situation de départ",
                "Inject 1/5 · J0 · Vigilance rouge canicule", "Ce qui change dans la situation",
                "Phase : alerte → aiguë", "Ce que les règles en tirent", "+ nouvelle", "− retirée",
                "Priorités après cet inject", "✓ Appeler toutes les personnes inscrites au registre");
        Run md = run("exercise", "run", "--format", "markdown", "--lang", "en", EXERCISE);
        assertThat(md.status()).isZero();
        assertThat(md.out()).contains("# Exercise — ", "## Learning objectives", "## Inject 4/5 · J+3 · ",
                "### What the rules make of it", "**removed**", "### Actions the trainer expects", "| # | Level |");
    }

    @Test
    void anInvalidExerciseGivesExitTwoAndItsErrorsOnStderrOnly(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(EXERCISE)).replace("time: J+1\n", "tiem: J+1\n"));
        Run r = run("exercise", "run", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.yaml : exercice invalide (2 erreur(s)) :",
                "injects[1].tiem : clé inconnue « tiem » ; vouliez-vous dire « time » ?",
                "injects[1].time : champ obligatoire manquant");
    }

    @Test
    void anInvalidScenarioFileUnderAnExerciseIsListedToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), "schemaVersion: 1\nid: b\ntitle: B\n");
        Files.writeString(dir.resolve("ex.yaml"), Files.readString(Path.of(EXERCISE))
                .replace("scenario: canicule-bourg-rural", "scenario: base.yaml"));
        Run r = run("exercise", "check", dir.resolve("ex.yaml").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("scenario : le scénario de départ", "base.yaml : scénario invalide (2 erreur(s)) :",
                "territory : champ obligatoire manquant");
    }

    @Test
    void checkValidatesSeveralFiles() {
        Run r = run("exercise", "check", EXERCISE, "scenarios/exercises/confinement-quartiers-nord.yaml");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("canicule-personnes-isolees.yaml : exercice valide — 5 injects, 6 institutions, "
                + "scénario de départ « canicule-bourg-rural »");
    }

    @Test
    void usageMistakesGiveExitOneWithTheUsage() {
        Run unknown = run("exercise", "play", EXERCISE);
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("Sous-commande inconnue « play »", "exercise run");
        Run two = run("exercise", "run", EXERCISE, EXERCISE);
        assertThat(two.status()).isEqualTo(1);
        assertThat(two.err()).contains("« exercise run » joue un exercice à la fois (2 fichiers indiqués)");
        Run none = run("exercise", "run");
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err()).contains("Aucun fichier");
        Run help = run("exercise", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("exercise check");
        assertThat(run("exercice").err()).contains("les commandes sont « evaluate »");
    }
}
