package fr.vigiesociale.web;

import fr.vigiesociale.api.BundledScenarios;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.exercise.BundledExercises;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.exercise.Exercises;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine, built once at start-up and shared by every request (a RuleBase is thread-safe).
 * {@code vigie.rules-dir} loads another rule folder instead of the bundled one, like the command
 * line's {@code --rules}.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfig {

    @Bean
    RuleBase ruleBase(@Value("${vigie.rules-dir:}") String rulesDir) {
        return rulesDir.isBlank() ? VigieSociale.bundledRules() : VigieSociale.loadRules(Path.of(rulesDir));
    }

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
}
