package fr.vigiesociale.web;

import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.exercise.BundledExercises;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.exercise.Exercises;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.web.rules.ReloadCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bundled scenarios and exercises, read once at start-up and shared by every request. The rule
 * base itself, which may be reloaded while the server runs, comes from {@code web.rules}.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfig {

    @Bean
    BundledScenarios bundledScenarios() {
        return BundledScenarios.load();
    }

    @Bean
    ExerciseReader exerciseReader(RuleBase rules, BundledScenarios scenarios) {
        return Exercises.reader(rules, scenarios);
    }

    @Bean
    BundledExercises bundledExercises(ExerciseReader reader) {
        return BundledExercises.load(reader);
    }

    /** A reloaded rule base must still suggest every action the bundled exercises expect. */
    @Bean
    ReloadCheck bundledExercisesStillPlayable(BundledExercises exercises) {
        return candidate -> exercises.all().stream().flatMap(e -> ReloadCheck.actionsMissing(candidate, e).stream()
                .map(a -> RuleProblem.of(RuleSet.RULESET_FILE, 0, "exerciseAction", e.id(), a))).toList();
    }
}
