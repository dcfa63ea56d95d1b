package fr.vigiesociale.bench.floor;

import static fr.vigiesociale.scenario.Indicator.CLOSED_SOCIAL_SERVICES;
import static fr.vigiesociale.scenario.Indicator.PSYCHOLOGICAL_DISTRESS_REPORTS;
import static fr.vigiesociale.scenario.Indicator.SOCIAL_STAFF_ABSENCE;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleEvaluator;
import fr.vigiesociale.scenario.CrisisKind;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.Lockdown;
import fr.vigiesociale.scenario.Scenario;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The floor of the benchmark: the conditions of every bundled DRL rule, written by hand in Java,
 * evaluated on the same facts with no rule engine. Points, corroboration and ordering are the
 * engine's own ({@link Facts}), so the benchmark can check that this gives the very assessment the
 * engine gives before it times either. Each rule is called the way its DRL consequence calls
 * {@code advice} (its kind, checked against the rule base), one line or two per rule, grouped by DRL
 * file: here the context rules; {@link AutonomyRules} (autonomy, childhood, disability),
 * {@link GovernanceRules}, {@link PracticeRules} and {@link HazardRules} for the others. A rule
 * changed in {@code rules/} must be changed here too: the check then fails until it is, and a rule
 * the floor does not call at all fails it too ({@link #rulesNamed}).
 */
public final class HandWrittenRules implements RuleEvaluator {

    private static final CrisisPhase PREP = CrisisPhase.PREPAREDNESS;
    private static final CrisisPhase ALERT = CrisisPhase.ALERT;
    private static final CrisisPhase ACUTE = CrisisPhase.ACUTE;
    private static final CrisisPhase RECOVERY = CrisisPhase.RECOVERY;

    // the actions each context rule names, as its DRL lists them
    private static final Set<String> OUTREACH = Set.of("NEIGHBOURHOOD-OUTREACH", "VULNERABLE-REGISTER-CALLS",
            "SCHOOL-CONTACT-TRACKING", "CHILD-PROTECTION-WATCH", "DOMESTIC-VIOLENCE-RESPONSE", "FAMILY-SUPPORT-OUTREACH",
            "STREET-OUTREACH", "DISABILITY-HOME-SUPPORT", "KEEP-PHYSICAL-RECEPTION");
    private static final Set<String> SHELTER = Set.of("EMERGENCY-SHELTER-CAPACITY", "HEALTH-IN-SHELTERS");
    private static final Set<String> PRIORITY_NEIGHBOURHOOD = Set.of("FOOD-AID-COORDINATION", "EMERGENCY-FOOD-VOUCHERS", "ACCESS-TO-RIGHTS-CAMPAIGN", "VULNERABLE-REGISTER-CALLS", "SCHOOL-CONTACT-TRACKING", "CHILD-PROTECTION-WATCH", "FAMILY-SUPPORT-OUTREACH", "DOMESTIC-VIOLENCE-RESPONSE", "DIGITAL-MEDIATION", "KEEP-PHYSICAL-RECEPTION", "CITIZEN-COLLECTIVES-PARTNERSHIP");
    private static final Set<String> RURAL = Set.of("VULNERABLE-REGISTER-CALLS", "ISOLATION-COORDINATION", "HOME-HELP-CONTINUITY", "DISABILITY-HOME-SUPPORT", "CARERS-RESPITE", "DIGITAL-MEDIATION", "ACCESSIBLE-INFORMATION");
    private static final Set<String> STAFF_SHORTAGE = Set.of("SUPPORT-PROXIMITY-MANAGERS", "LIGHTEN-PROCEDURES", "DELEGATE-FRONTLINE-DECISIONS", "STAFF-CHILDCARE-PLAN", "EQUIP-STAFF-REMOTE", "PSYCHOSOCIAL-RISK-WATCH");
    private static final Set<String> LARGE_TERRITORY = Set.of("SHARED-SITUATION-PICTURE", "SOCIAL-WATCH-DASHBOARD");
    private static final Set<String> SOCIAL_SECTOR_ABSENT = Set.of("SHARED-SITUATION-PICTURE", "ADAPT-NATIONAL-INSTRUCTIONS", "SINGLE-ENTRY-POINT", "COORDINATION-CHANNEL");
    private static final Set<String> NO_PARTNERSHIP = Set.of("FOOD-AID-COORDINATION", "ISOLATION-COORDINATION", "SHARED-SITUATION-PICTURE", "SINGLE-ENTRY-POINT", "CITIZEN-COLLECTIVES-PARTNERSHIP", "FORMALISE-COORDINATION", "CREATE-LOCAL-COMMITTEE");
    private static final Set<String> NO_PROTOCOL = Set.of("FOOD-AID-COORDINATION", "ISOLATION-COORDINATION", "SCHOOL-CONTACT-TRACKING", "SINGLE-ENTRY-POINT", "ADAPT-NATIONAL-INSTRUCTIONS", "COORDINATION-CHANNEL");
    private static final Set<String> ECONOMIC_SHOCK = Set.of("ACCESS-TO-RIGHTS-CAMPAIGN", "RSA-FAST-TRACK");
    private static final Set<String> HEATWAVE_REGISTER = Set.of("VULNERABLE-REGISTER-CALLS", "REGISTER-DOOR-TO-DOOR");
    private static final Set<String> LONG_CLOSURE = Set.of("DISABILITY-HOME-SUPPORT", "CARERS-RESPITE");
    private static final Set<String> LAST_EVENING = Set.of("VULNERABLE-REGISTER-CALLS", "ELECTRICITY-DEPENDENT-CHECKS");
    private static final Set<String> DISTRESS_NAMED = Set.of("PSYCHOLOGICAL-SUPPORT");
    private static final Set<String> LESSONS = Set.of("LESSONS-LEARNED");
    private static final Set<String> KNOWN_HAZARD = Set.of("SOCIAL-IMPACT-PLAN");

    private final CompiledRules rules;
    private final Book book;

    public HandWrittenRules(CompiledRules rules) {
        this.rules = rules;
        this.book = Book.of(rules);
    }

    @Override
    public List<Contribution> contributions(Scenario scenario) {
        return rules.combine(run(new Facts(book, scenario, null, List.of())));
    }

    @Override
    public List<Contribution> contributionsOf(Scenario scenario, Set<String> only, Collection<String> open) {
        return run(new Facts(book, scenario, only, open));
    }

    /**
     * The names of the rules the floor evaluates, whether or not they match {@code scenario}: every
     * rule of the base, or the floor is out of date (what its check on the bundled scenarios would
     * miss for a rule none of them meets).
     */
    public Set<String> rulesNamed(Scenario scenario) {
        Facts f = new Facts(book, scenario, Set.of(), book.suggestions().keySet(), true);
        run(f); // nothing allowed: every call is made and names its rule, none gives anything
        return f.named();
    }

    private static List<Contribution> run(Facts f) {
        triggers(f);
        for (String action : List.copyOf(f.open())) {
            context(f, action);
        }
        return f.out();
    }

    /** The rules that suggest an action, area by area, each in its own class. */
    private static void triggers(Facts f) {
        AutonomyRules.triggers(f);
        GovernanceRules.triggers(f);
        PracticeRules.triggers(f);
        HazardRules.triggers(f);
    }

    /** The context rules: they raise an action already suggested. */
    private static void context(Facts f, String action) {
        // context/convergence.drl, lockdown.drl
        f.convergence("Plusieurs signaux convergent sur les publics de l'action", action);
        f.raiseIf("Confinement total : l'aller-vers et le repérage deviennent vitaux", action,
                f.lockdown(Lockdown.FULL), OUTREACH);
        f.raiseIf("Confinement partiel : l'aller-vers et le repérage comptent davantage", action,
                f.lockdown(Lockdown.PARTIAL), OUTREACH);
        f.raiseIf("Confinement : les personnes à la rue ne peuvent pas se confiner", action, f.crisis().lockedDown(),
                SHELTER);
        // context/phase.drl
        f.raiseHorizon("Phase aiguë : l'immédiat d'abord", action, f.phase(ACUTE), "IMMEDIATE");
        f.raiseHorizon("Phase d'alerte : préparer l'immédiat", action, f.phase(ALERT), "IMMEDIATE");
        f.raiseHorizon("Crise en cours : le court terme compte", action, f.phase(ALERT, ACUTE), "SHORT_TERM");
        f.raiseHorizon("Rétablissement : achever le court terme", action, f.phase(RECOVERY), "SHORT_TERM");
        f.raiseHorizon("Préparation : le temps du structurel", action, f.phase(PREP), "STRUCTURAL");
        f.raiseHorizon("Rétablissement : consolider et pérenniser", action, f.phase(RECOVERY), "STRUCTURAL");
        // context/territory-and-teams.drl
        f.raiseIf("Quartier prioritaire : les difficultés s'y cumulent", action, f.territory().priorityNeighbourhood(),
                PRIORITY_NEIGHBOURHOOD);
        f.raiseIf("Territoire rural : l'éloignement aggrave l'isolement", action, f.territory().rural(),
                RURAL);
        f.raiseIf("Équipes en sous-effectif : protéger et recentrer les équipes d'abord", action,
                f.alarm(SOCIAL_STAFF_ABSENCE) != null, STAFF_SHORTAGE);
        f.raiseIf("Grand territoire : une crise hétérogène, à suivre territoire par territoire", action,
                f.largeTerritory(), LARGE_TERRITORY);
        // context/weaknesses.drl
        f.raiseIf("Travail social absent de la cellule de crise : la coordination devient prioritaire", action,
                Facts.no(f.governance().socialSectorInCrisisCell()), SOCIAL_SECTOR_ABSENT);
        f.raiseIf("Sans partenariat antérieur, la coopération est à construire", action,
                Facts.no(f.governance().priorPartnerships()), NO_PARTNERSHIP);
        f.raiseIf("Sans protocole écrit, la coordination repose sur l'improvisation", action,
                Facts.no(f.governance().governanceProtocols()), NO_PROTOCOL);
        // the context rules of other files: hazards/economic-shock.drl, eve-of-event.drl, heatwave.drl,
        // disability/closed-establishments.drl, autonomy/isolation.drl, governance/anticipation.drl
        f.raiseIf("Choc économique : ouvrir les droits d'abord", action, f.crisis().kind() == CrisisKind.ECONOMIC,
                ECONOMIC_SHOCK);
        f.raiseIf("Veille d'une tempête, d'une crue ou d'un accident industriel : appeler ce soir", action,
                f.hazard(Hazard.FLOOD, Hazard.STORM, Hazard.INDUSTRIAL_ACCIDENT) && f.phase(ALERT), LAST_EVENING);
        f.raiseIf("Canicule : chaque inscrit du registre doit être appelé chaque jour", action,
                f.hazard(Hazard.HEATWAVE) && f.phase(ALERT, ACUTE), HEATWAVE_REGISTER);
        f.raiseIf("Établissements fermés depuis des semaines : le temps suspendu pèse de plus en plus", action,
                f.longClosure() && f.watch(CLOSED_SOCIAL_SERVICES) != null, LONG_CLOSURE);
        f.raiseIf("Détresse psychique en hausse : une demande expresse de la réponse du ministre", action,
                f.phase(ALERT, ACUTE, RECOVERY) && f.watch(PSYCHOLOGICAL_DISTRESS_REPORTS) != null, DISTRESS_NAMED);
        f.raiseIf("Une crise qui a révélé des manques : le retour d'expérience presse", action,
                f.phase(RECOVERY) && f.governance().knownWeakness(), LESSONS);
        f.raiseIf("Un signal encore au seuil d'alerte en sortie de crise : le retour d'expérience presse", action,
                f.phase(RECOVERY) && f.anyAlarm(), LESSONS);
        f.raiseIf("Aléa connu hors crise : le volet social des plans d'abord", action,
                f.crisis().hazard() != null && f.phase(PREP, RECOVERY), KNOWN_HAZARD);
    }
}
