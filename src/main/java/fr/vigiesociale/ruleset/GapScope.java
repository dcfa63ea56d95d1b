package fr.vigiesociale.ruleset;

import fr.vigiesociale.scenario.Crisis;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Hazard;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * When an unknown indicator is worth asking for in « Ce qu'il faudrait savoir »: not in the listed
 * phases (a change since the crisis began means nothing before it), not for the listed hazards (pupils
 * out of contact in a summer heatwave). A scenario that gives only its crisis kind is asked unless every
 * hazard of that kind is listed. Rules still read a value that is given; only the asking is scoped.
 */
public record GapScope(Set<CrisisPhase> notInPhases, Set<Hazard> notForHazards) {

    public static final GapScope ALWAYS = new GapScope(Set.of(), Set.of());

    public GapScope {
        notInPhases = Set.copyOf(notInPhases);
        notForHazards = Set.copyOf(notForHazards);
    }

    public static GapScope of(List<CrisisPhase> phases, List<Hazard> hazards) {
        return new GapScope(Set.copyOf(phases), Set.copyOf(hazards));
    }

    /** True when the indicator may matter in this crisis, so that not knowing it is worth saying. */
    public boolean asksIn(Crisis crisis) {
        if (notInPhases.contains(crisis.phase())) {
            return false;
        }
        if (crisis.hazard() != null) {
            return !notForHazards.contains(crisis.hazard());
        }
        List<Hazard> ofKind = Arrays.stream(Hazard.values()).filter(h -> h.kind() == crisis.kind()).toList();
        return ofKind.isEmpty() || !notForHazards.containsAll(ofKind);
    }
}
