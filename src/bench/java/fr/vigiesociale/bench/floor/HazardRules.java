package fr.vigiesociale.bench.floor;

import static fr.vigiesociale.scenario.CrisisPhase.*;
import static fr.vigiesociale.scenario.Hazard.*;
import static fr.vigiesociale.scenario.Indicator.*;

import fr.vigiesociale.scenario.CrisisKind;

/**
 * The rules of the hazards (heatwave, cold wave, flood, storm, industrial accident, plant closure),
 * by hand (see {@link HandWrittenRules}); their context rules are with the others there.
 */
final class HazardRules {

    private HazardRules() {
    }

    static void triggers(Facts f) {
        boolean crisis = f.phase(ALERT, ACUTE);
        boolean acuteOrAfter = f.phase(ACUTE, RECOVERY);
        boolean recovery = f.phase(RECOVERY);
        boolean heatwave = f.hazard(HEATWAVE) && crisis;
        boolean coldWave = f.hazard(COLD_WAVE) && crisis;
        boolean cut = f.cut(f.counts().networkOutageMinPct());
        boolean callsUseless = f.cut(f.counts().networkOutageCallsUselessPct());
        boolean shelterSaturated = f.watch(EMERGENCY_SHELTER_UNANSWERED) != null;
        // hazards/heatwave.drl
        f.emergency("Canicule en cours : lieux rafraîchis et hydratation", heatwave);
        // hazards/disaster.drl
        f.when("Inondation ou tempête : reloger les sinistrés", f.hazard(FLOOD, STORM) && acuteOrAfter);
        f.when("Sinistre : un guichet des droits et des papiers perdus", f.hazard(FLOOD, STORM, INDUSTRIAL_ACCIDENT) && f.phase(ACUTE));
        f.when("Sortie de sinistre : le guichet des droits et des assurances", f.hazard(FLOOD, STORM, INDUSTRIAL_ACCIDENT) && recovery);
        // hazards/economic-shock.drl; its rule with an "or" fires once for each side that matches, as Drools does
        f.when("Licenciements annoncés : se lier au plan de sauvegarde de l'emploi", f.layoffs() && crisis);
        f.when("Choc économique : prévenir les impayés de loyer et le surendettement",
                f.crisis().kind() == CrisisKind.ECONOMIC && acuteOrAfter);
        f.when("Licenciements annoncés ou sortie de sinistre : prévenir les impayés", f.crisis().phase() != PREPAREDNESS && f.layoffs());
        f.when("Licenciements annoncés ou sortie de sinistre : prévenir les impayés", recovery && f.hazard(FLOOD, STORM, COLD_WAVE));
        // hazards/evacuation.drl
        boolean displaced = f.crisis().displacement();
        f.emergency("Foyers évacués ou sans logement : les mettre à l'abri", displaced && crisis);
        f.when("Foyers sans logement : reloger et suivre chacun", displaced && f.phase(ACUTE));
        f.when("Sortie de crise, des foyers sans logement : achever le relogement temporaire", displaced && recovery);
        f.when("Sortie de crise, des foyers encore déplacés : relogement durable et suivi", displaced && recovery);
        f.when("Enfants déplacés : organiser leur retour à l'école", displaced && acuteOrAfter);
        f.when("Foyers évacués : un seul numéro et un seul lieu pour les familles", displaced && f.phase(ACUTE));
        // hazards/eve-of-event.drl
        f.emergency("Événement annoncé : préparer la veille", f.hazard(COLD_WAVE, FLOOD, STORM, INDUSTRIAL_ACCIDENT) && f.phase(ALERT));
        f.when("Canicule ou épidémie annoncée : préparer la veille", (f.hazard(HEATWAVE)
                || f.crisis().kind() == CrisisKind.HEALTH && f.crisis().lockedDown()) && f.phase(ALERT));
        f.when("Événement annoncé ou en cours : une alerte que chacun comprend",
                f.hazard(HEATWAVE, COLD_WAVE, FLOOD, STORM, INDUSTRIAL_ACCIDENT) && crisis);
        // hazards/outage.drl
        f.emergency("Électricité coupée : vérifier les personnes dont la vie en dépend", cut && crisis);
        f.emergency("Tempête ou grand froid : repérer et visiter les personnes dépendantes de l'électricité",
                f.hazard(STORM, COLD_WAVE) && crisis);
        f.inPartIf("Téléphone coupé et registre non joint : visiter les personnes chez elles", cut, f.watch(ISOLATED_PEOPLE_UNCONTACTED));
        f.emergency("Réseaux coupés en pleine crise : aller chez les personnes du registre", callsUseless && crisis);
        f.when("Réseaux coupés par endroits : aller chez les inscrits des secteurs coupés", cut && !callsUseless && crisis);
        f.when("Réseaux coupés en pleine crise : garder un accueil physique", cut && f.phase(ACUTE));
        f.when("Réseaux coupés sur la moitié du territoire : l'accueil physique, seule porte des services", callsUseless && crisis);
        // hazards/people-at-home.drl
        f.emergency("Aléa qui frappe chez soi : appeler chaque inscrit du registre",
                f.hazard(HEATWAVE, COLD_WAVE, FLOOD, STORM, INDUSTRIAL_ACCIDENT) && crisis && !callsUseless);
        f.emergency("Grand froid : ouvrir des places d'hébergement supplémentaires", coldWave);
        f.emergency("Canicule et 115 saturé : ouvrir des places d'hébergement", heatwave && shelterSaturated);
        f.emergency("Grand froid : renforcer les maraudes", coldWave);
        f.emergency("Canicule et 115 saturé : renforcer les maraudes", heatwave && shelterSaturated);
        f.when("Canicule ou grand froid et aides absentes : l'aide à domicile avant tout",
                f.hazard(HEATWAVE, COLD_WAVE) && crisis && f.watch(SOCIAL_STAFF_ABSENCE) != null);
        f.when("Fin d'un grand froid, 115 saturé : ne remettre personne à la rue", f.hazard(COLD_WAVE) && recovery && shelterSaturated);
    }
}
