package fr.vigiesociale.bench.floor;

import static fr.vigiesociale.scenario.CrisisPhase.*;
import static fr.vigiesociale.scenario.Hazard.*;
import static fr.vigiesociale.scenario.Indicator.*;

import fr.vigiesociale.scenario.CrisisKind;
import fr.vigiesociale.scenario.Lockdown;

/** The autonomy, childhood and disability rules, by hand (see {@link HandWrittenRules}); their context rules are there. */
final class AutonomyRules {

    private AutonomyRules() {
    }

    static void triggers(Facts f) {
        boolean crisis = f.phase(ALERT, ACUTE);
        // autonomy/home-help.drl
        f.signal("Absences des professionnels : continuité de l'aide à domicile", f.watch(SOCIAL_STAFF_ABSENCE));
        f.signal("Services massivement fermés : continuité de l'aide à domicile", f.alarm(CLOSED_SOCIAL_SERVICES));
        f.when("Tempête, crue ou grand froid, annoncés ou en cours : hiérarchiser les passages d'aide à domicile",
                f.hazard(COLD_WAVE, FLOOD, STORM) && crisis);
        // autonomy/isolation.drl: no calling the register when networks are cut too widely for calls to reach anyone
        f.signalIf("Personnes vulnérables non contactées : appeler tout le registre",
                !f.cut(f.counts().networkOutageCallsUselessPct()), f.watch(ISOLATED_PEOPLE_UNCONTACTED));
        f.inPart("Isolement massif : coordonner la lutte contre l'isolement", f.alarm(ISOLATED_PEOPLE_UNCONTACTED));
        f.when("Après une canicule ou un grand froid : organiser ensemble le repérage des personnes isolées",
                f.hazard(HEATWAVE, COLD_WAVE) && f.phase(RECOVERY));
        f.signal("Détresse psychique en hausse : associer les travailleurs sociaux au soutien psychologique",
                f.watch(PSYCHOLOGICAL_DISTRESS_REPORTS));
        f.inPart("Isolement au seuil d'alerte : repérer aussi la détresse psychique", f.alarm(ISOLATED_PEOPLE_UNCONTACTED));
        f.when("Crise sanitaire en confinement total : garder le lien des résidents d'EHPAD",
                f.crisis().kind() == CrisisKind.HEALTH && f.lockdown(Lockdown.FULL));
        // autonomy/care-homes.drl: the weeks of crisis stand for the weeks of closure
        boolean careHomesClosed = Facts.yes(f.crisis().careHomesClosedToVisits());
        Integer weeks = f.crisis().weeksElapsed();
        boolean slide = weeks != null && weeks >= f.counts().careHomesSlideMinWeeks();
        f.when("EHPAD fermés aux visites : renforcer les équipes et garder les visites de fin de vie", careHomesClosed && crisis);
        f.when("EHPAD fermés aux visites : garder le lien des résidents avec leurs proches", careHomesClosed && crisis);
        f.emergency("EHPAD fermés depuis des semaines : le repli des résidents met leur vie en danger",
                careHomesClosed && f.phase(ACUTE) && slide);
        // childhood/child-protection.drl, domestic-violence.drl, school-contact.drl
        f.signal("Chute des informations préoccupantes : veille de protection de l'enfance", f.watch(CHILD_PROTECTION_REFERRALS));
        f.signal("Hausse des violences conjugales signalées : renforcer la réponse", f.watch(DOMESTIC_VIOLENCE_REPORTS));
        f.when("Confinement total : guetter les violences intrafamiliales, d'abord tues", f.lockdown(Lockdown.FULL));
        f.inPart("Violences conjugales en hausse : soutenir aussi les familles", f.watch(DOMESTIC_VIOLENCE_REPORTS));
        f.signal("Élèves sans contact avec l'école : repérage conjoint école–services sociaux", f.watch(PUPILS_OUT_OF_CONTACT));
        f.inPart("Élèves sans contact avec l'école : soutenir les familles", f.watch(PUPILS_OUT_OF_CONTACT));
        f.inPartIf("Élèves sans contact et détresse psychique en hausse : la détresse des jeunes",
                f.watch(PSYCHOLOGICAL_DISTRESS_REPORTS) != null, f.watch(PUPILS_OUT_OF_CONTACT));
        // disability/continuity.drl
        f.signal("Services et établissements fermés : accompagnement à domicile", f.watch(CLOSED_SOCIAL_SERVICES));
        f.inPart("Services fermés : répit pour les aidants", f.watch(CLOSED_SOCIAL_SERVICES));
        f.inPart("Services fermés : information de crise accessible", f.watch(CLOSED_SOCIAL_SERVICES));
        f.inPart("Forte exclusion numérique : information de crise sans numérique", f.alarm(DIGITAL_EXCLUSION));
    }
}
