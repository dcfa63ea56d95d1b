package fr.vigiesociale.report;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.Priority;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Horizon;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An assessment read as a plan: its priorities first, then the other actions grouped by horizon
 * (the days, the weeks, the months), each group in ranking order. Shared by the text, Markdown and
 * printed reports so that they lead with the same plan.
 */
public final class Plan {

    private Plan() {
    }

    /** The actions that are not priorities, by horizon (only the horizons that have some), in ranking order. */
    public static Map<Horizon, List<AssessedAction>> restByHorizon(Assessment a) {
        Set<String> first = a.priorities().stream().map(Priority::action).collect(Collectors.toSet());
        Map<Horizon, List<AssessedAction>> out = new EnumMap<>(Horizon.class);
        for (AssessedAction x : a.actions()) {
            if (!first.contains(x.id())) {
                out.computeIfAbsent(x.horizon(), h -> new ArrayList<>()).add(x);
            }
        }
        return out;
    }

    /** "Carried by X, with Y, Z": who leads a priority and who joins in. */
    public static String carriedBy(Priority p, Messages m) {
        String lead = m.get("actor." + p.carriedBy());
        if (p.with().isEmpty()) {
            return m.get("report.plan.carriedBy", lead);
        }
        return m.get("report.plan.carriedWith", lead,
                p.with().stream().map(r -> m.get("actor." + r)).collect(Collectors.joining(", ")));
    }
}
