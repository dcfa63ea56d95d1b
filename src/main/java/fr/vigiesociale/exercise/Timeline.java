package fr.vigiesociale.exercise;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exercise played through by the engine: the assessment of the starting situation, then, for
 * each inject in order, the scenario as it stands after it, its full assessment and what changed
 * since the previous one (actions added, removed, raised, lowered). {@code catalogue} holds every
 * action the rules know, by id, in the timeline's language, with its general wording; each step
 * has its own, written for the situation at that inject (to name expected or chosen actions with
 * the words the engine's suggestions use).
 */
public record Timeline(Exercise exercise, Lang lang, Assessment start, List<Step> steps,
                       Map<String, ActionInfo> catalogue) {

    public Timeline {
        steps = List.copyOf(steps);
        catalogue = Collections.unmodifiableMap(new LinkedHashMap<>(catalogue));
    }

    /**
     * One inject and the engine's answer to it.
     *
     * @param changes from the previous step's assessment (the start's for the first inject)
     * @param catalogue every action by id, as written for this step's scenario (its hazard, its territory)
     */
    public record Step(int index, Inject inject, Scenario scenario, Map<String, Object> before,
                       Assessment assessment, Comparison changes, Map<String, ActionInfo> catalogue) {

        public Step {
            catalogue = Collections.unmodifiableMap(new LinkedHashMap<>(catalogue));
        }

        /** The action's title at this step: the one its suggestion carries, or the catalogue's for this situation. */
        public String title(String actionId) {
            ActionInfo a = catalogue.get(actionId);
            return a == null ? actionId : a.title();
        }

        /** Whether the engine suggests the action at this step, and at which rank. */
        public Optional<AssessedAction> suggested(String actionId) {
            return assessment.actions().stream().filter(a -> a.id().equals(actionId)).findFirst();
        }
    }

    /** Plays the exercise: one assessment for the start and one per inject. */
    public static Timeline play(RuleBase served, Exercise exercise, Lang lang) {
        RuleBase rules = served.snapshot(); // every step by the same rule set
        Scenario scenario = exercise.scenario();
        Assessment start = rules.assess(scenario, lang);
        Assessment previous = start;
        List<Step> steps = new ArrayList<>();
        for (Inject inject : exercise.injects()) {
            Map<String, Object> before = scenario.fields();
            scenario = inject.applyTo(scenario);
            Assessment now = rules.assess(scenario, lang);
            Map<String, ActionInfo> written = new LinkedHashMap<>();
            rules.actions(lang, scenario).forEach(a -> written.put(a.id(), a));
            steps.add(new Step(steps.size(), inject, scenario, before, now, Comparison.between(previous, now), written));
            previous = now;
        }
        Map<String, ActionInfo> catalogue = new LinkedHashMap<>();
        rules.actions(lang).forEach(a -> catalogue.put(a.id(), a));
        return new Timeline(exercise, lang, start, steps, catalogue);
    }

    public Optional<Step> step(String injectId) {
        return steps.stream().filter(s -> s.inject().id().equals(injectId)).findFirst();
    }
}
