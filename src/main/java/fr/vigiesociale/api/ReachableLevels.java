package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.scenario.CivicReserve;
import fr.vigiesociale.scenario.Coordination;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Lockdown;
import fr.vigiesociale.scenario.Scenario;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How high each rule can bring an action, found by running the rules themselves on a family of
 * extreme scenarios rather than by reading the DRL: every phase × every lockdown × indicators all
 * at their worst or all unknown × no or improvised State–local coordination × each state of the
 * civic reserve, with every other weakness present (no plan, no protocol, no partnership, social
 * work out of the crisis cell, heavy procedures, no equipment…) and a rural priority neighbourhood.
 * 144 evaluations, plus each hazard in every phase at its worst and middle (56), a second or so, done once per rule base.
 *
 * <p>Because worsening an indicator never lowers a score (a tested property), the worst values
 * give the maxima for a given context; the context variants cover the rules that need a
 * resource to exist rather than to be missing.
 */
public final class ReachableLevels {

    private ReachableLevels() {
    }

    /** Rule name → the highest level reached by an action the rule gave points to. */
    /**
     * How many extreme situations {@link #compute} runs: every phase × lockdown × known or unknown
     * indicators × worst or middle weaknesses × reserve, then every hazard × phase × worst or middle.
     */
    public static final int SITUATIONS = CrisisPhase.values().length * Lockdown.values().length * 2 * 2
            * CivicReserve.values().length + Hazard.values().length * CrisisPhase.values().length * 2;

    static Map<String, Level> compute(CompiledRules rules) {
        Map<String, Level> best = new HashMap<>();
        for (CrisisPhase phase : CrisisPhase.values()) {
            for (Lockdown lockdown : Lockdown.values()) {
                for (boolean indicatorsKnown : new boolean[] {true, false}) {
                    for (boolean worst : new boolean[] {true, false}) {
                        for (CivicReserve reserve : CivicReserve.values()) {
                            record(rules, extreme(phase, lockdown, indicatorsKnown, worst, reserve, null), best);
                        }
                    }
                }
            }
        }
        // each hazard (and its crisis kind), in every phase, without lockdown, at its worst and with
        // phones working (some rules need the network to be up: calling the register)
        for (Hazard hazard : Hazard.values()) {
            for (CrisisPhase phase : CrisisPhase.values()) {
                for (boolean worst : new boolean[] {true, false}) {
                    record(rules, extreme(phase, Lockdown.NONE, true, worst, CivicReserve.NONE, hazard), best);
                }
            }
        }
        return best;
    }

    private static void record(CompiledRules rules, Scenario extreme, Map<String, Level> best) {
        List<Contribution> e = rules.contributions(extreme);
        Map<String, fr.vigiesociale.engine.Scoring.ActionScore> scores = rules.scoring().scores(e);
        for (Contribution c : e) {
            Level level = scores.get(c.action()).level();
            best.merge(c.rule().name(), level, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    /**
     * One extreme situation. {@code worst} sets every graded weakness at its worst (no coordination,
     * no equipment, a heavy burden, no citizen group); otherwise at the middle grade (ad hoc, partial,
     * moderate, citizen groups and partnerships there, a département), which some rules need
     * instead.
     */
    private static Scenario extreme(CrisisPhase phase, Lockdown lockdown, boolean indicatorsKnown, boolean worst,
                                    CivicReserve reserve, Hazard hazard) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", "extreme");
        f.put("title", "Situation extrême");
        f.put("territory.name", "Territoire extrême");
        f.put("territory.level", worst ? "COMMUNE" : "DEPARTMENT");
        f.put("territory.population", 10_000);
        f.put("territory.priorityNeighbourhood", true);
        f.put("territory.rural", true);
        f.put("schemaVersion", 2);
        f.put("crisis.kind", hazard == null ? "HEALTH" : hazard.kind().name());
        if (hazard != null) {
            f.put("crisis.hazard", hazard);
        }
        f.put("crisis.phase", phase);
        f.put("crisis.lockdown", lockdown);
        f.put("crisis.weeksElapsed", 52);
        // the worst case has people evacuated, networks down, care homes closed, layoffs announced;
        // the middle one has none of them but a partial outage (phones work for most: the register
        // is called, and visited only where the network is down)
        f.put("crisis.householdsDisplaced", worst ? 1000 : 0);
        f.put("crisis.powerOrPhoneCutPct", worst ? 100.0 : 20.0);
        f.put("crisis.careHomesClosedToVisits", worst);
        f.put("crisis.schoolsClosed", worst);
        f.put("crisis.layoffsAnnounced", worst ? 1000 : 0);
        if (indicatorsKnown) {
            for (Indicator i : Indicator.values()) {
                f.put(i.path(), worst(i));
            }
        }
        f.put("governance.socialSectorInCrisisCell", false);
        f.put("governance.nationalLocalCoordination", worst ? Coordination.NONE : Coordination.AD_HOC);
        f.put("governance.priorPartnerships", !worst);
        f.put("governance.governanceProtocols", false);
        f.put("governance.socialImpactPlan", false);
        f.put("governance.peopleSupportedParticipation", false);
        f.put("resources.civicReserve", reserve);
        f.put("resources.citizenCollectivesActive", !worst);
        f.put("resources.localSocialWorkCommittee", false);
        f.put("resources.outreachTeams", 0);
        f.put("resources.staffDigitalEquipment", worst ? "NONE" : "PARTIAL");
        f.put("practices.administrativeBurden", worst ? "HIGH" : "MODERATE");
        f.put("practices.frontlineInitiativeDelegated", false);
        f.put("practices.crossInstitutionalTraining", false);
        f.put("practices.proximityManagersSupported", false);
        return Scenario.fromFields(f);
    }

    private static double worst(Indicator i) {
        if (i.direction() == Indicator.Direction.LOWER_IS_WORSE) {
            return i.minimum();
        }
        return i.maximum() != null ? i.maximum() : 1000;
    }
}
