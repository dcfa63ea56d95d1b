package fr.vigiesociale.web.page;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled scenarios grouped for the home page, so that a trainer finds "a flood the day after"
 * among fifty: by hazard in the order of the list of hazards, then the scenarios that name only a
 * kind of crisis, by kind; within a group, by phase (preparedness, alert, acute, recovery).
 */
record SampleGroups(String label, List<Scenario> scenarios) {

    static List<SampleGroups> of(List<Scenario> all, Messages m) {
        Map<String, List<Scenario>> groups = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(SampleGroups::groupOrder).thenComparing(s -> s.crisis().phase())
                        .thenComparing(Scenario::title))
                .forEach(s -> groups.computeIfAbsent(label(s, m), k -> new ArrayList<>()).add(s));
        List<SampleGroups> out = new ArrayList<>();
        groups.forEach((label, list) -> out.add(new SampleGroups(label, List.copyOf(list))));
        return out;
    }

    private static int groupOrder(Scenario s) {
        return s.crisis().hazard() != null ? s.crisis().hazard().ordinal() : 100 + s.crisis().kind().ordinal();
    }

    private static String label(Scenario s, Messages m) {
        String text = s.crisis().hazard() != null ? m.get("value.crisis.hazard." + s.crisis().hazard())
                : m.get("web.home.samples.kind", m.get("value.crisis.kind." + s.crisis().kind()));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
