package fr.vigiesociale.bench.floor;

import static fr.vigiesociale.scenario.Indicator.*;

import fr.vigiesociale.engine.Signal;
import fr.vigiesociale.scenario.*;

/** The practice, solidarity, training and transversal rules, by hand (see {@link HandWrittenRules}). */
final class PracticeRules {

    private PracticeRules() {
    }

    static void triggers(Facts f) {
        var r = f.resources();
        var p = f.practices();
        boolean crisis = f.phase(CrisisPhase.ALERT, CrisisPhase.ACUTE);
        boolean crisisOrAfter = f.phase(CrisisPhase.ALERT, CrisisPhase.ACUTE, CrisisPhase.RECOVERY);
        boolean calm = f.phase(CrisisPhase.PREPAREDNESS, CrisisPhase.RECOVERY);
        boolean heavy = p.administrativeBurden() == AdministrativeBurden.HIGH;
        boolean moderate = p.administrativeBurden() == AdministrativeBurden.MODERATE;
        boolean notDelegated = Facts.no(p.frontlineInitiativeDelegated());
        boolean managersAlone = Facts.no(p.proximityManagersSupported());
        // practices/core-job.drl and teams-under-strain.drl: a heavy burden while demand rises
        for (Signal demand : new Signal[] {f.watch(FOOD_AID_REQUESTS), f.watch(MINIMUM_INCOME_CLAIMS)}) {
            f.inPartIf("Charge administrative lourde et demande en hausse : décharger les travailleurs sociaux", heavy, demand);
            f.inPartIf("Charge administrative modérée et demande en hausse : décharger les travailleurs sociaux", moderate, demand);
            f.inPartIf("Charge administrative lourde et demande en hausse : alléger les procédures d'abord", heavy, demand);
        }
        f.inPart("Équipes très réduites : recentrer sur l'accompagnement", f.alarm(SOCIAL_STAFF_ABSENCE));
        // practices/digital-tools.drl
        DigitalEquipment e = r.staffDigitalEquipment();
        f.when("Confinement et professionnels sans aucun équipement : les équiper d'urgence",
                e == DigitalEquipment.NONE && f.crisis().lockedDown());
        f.when("Confinement et professionnels partiellement équipés : compléter l'équipement",
                e == DigitalEquipment.PARTIAL && f.crisis().lockedDown());
        f.when("Professionnels sans équipement numérique : préparer l'accompagnement à distance",
                e == DigitalEquipment.NONE && f.lockdown(Lockdown.NONE));
        // practices/ethics.drl
        f.when("Accompagnement à distance en confinement : réaffirmer le cadre éthique", f.crisis().lockedDown());
        f.when("Volontaires mobilisés en crise : leur transmettre le cadre éthique", r.civicReserve() != null && crisis);
        // practices/initiative.drl
        f.when("Crise en cours sans délégation : déléguer les décisions au terrain", notDelegated && crisis);
        f.when("Charge administrative lourde : alléger les procédures", heavy);
        f.when("Charge administrative modérée : alléger les procédures", moderate);
        // practices/teams-under-strain.drl (its burden rule above)
        f.inPartIf("Absentéisme et cadres non soutenus : soutenir les cadres de proximité", managersAlone && crisisOrAfter,
                f.watch(SOCIAL_STAFF_ABSENCE));
        f.inPartIf("Absentéisme sans délégation : laisser le terrain décider", notDelegated && crisisOrAfter,
                f.watch(SOCIAL_STAFF_ABSENCE));
        f.when("Absentéisme au seuil d'alerte et cadres seuls : veiller aux risques psychosociaux",
                managersAlone && f.alarm(SOCIAL_STAFF_ABSENCE) != null);
        f.when("Sortie de crise sans délégation : rétablir de la flexibilité", notDelegated && f.phase(CrisisPhase.RECOVERY));
        f.when("Confinement annoncé ou en cours et équipement incomplet : équiper d'urgence",
                (e == DigitalEquipment.NONE || e == DigitalEquipment.PARTIAL) && f.crisis().lockedDown() && crisis);
        // solidarity/food-aid.drl, minimum-income.drl
        f.signal("Hausse des demandes d'aide alimentaire : coordonner l'aide alimentaire", f.watch(FOOD_AID_REQUESTS));
        f.signal("Forte hausse des demandes d'aide alimentaire : aides d'urgence délivrées par le terrain", f.alarm(FOOD_AID_REQUESTS));
        f.signal("Hausse des demandes de RSA : campagne d'accès aux droits", f.watch(MINIMUM_INCOME_CLAIMS));
        f.signal("Afflux de demandes de RSA : accélérer l'instruction", f.alarm(MINIMUM_INCOME_CLAIMS));
        // training/cross-training.drl
        f.when("Pas de formation croisée récente : en organiser", Facts.no(p.crossInstitutionalTraining()));
        f.when("Hors crise, sans formation croisée : jouer un exercice de crise", Facts.no(p.crossInstitutionalTraining()) && calm);
        f.when("Pas de comité local du travail social : l'installer", Facts.no(r.localSocialWorkCommittee()));
        // training/managers.drl
        f.when("Cadres de proximité non soutenus en crise : les soutenir", managersAlone && crisisOrAfter);
        f.inPart("Absentéisme des équipes : veille des risques psychosociaux", f.watch(SOCIAL_STAFF_ABSENCE));
        f.when("Hors crise, cadres de proximité non soutenus : les former et les soutenir",
                managersAlone && f.phase(CrisisPhase.PREPAREDNESS));
        // training/reflexive-practice.drl
        f.when("Sortie de crise : des temps d'analyse des pratiques pour les équipes", f.phase(CrisisPhase.RECOVERY));
        f.inPartIf("Absentéisme en crise : des temps d'analyse des pratiques sans attendre", crisis, f.watch(SOCIAL_STAFF_ABSENCE));
        // transversal/fragmentation.drl
        var watched = f.watched();
        f.signals("Crise sur plusieurs fronts : point d'entrée unique",
                Signal.areasTouched(watched) >= f.counts().crisisBreadthMinAreas(), watched);
        f.signals("Plusieurs signaux sans protocole entre institutions : partager l'image de la situation",
                Facts.no(f.governance().governanceProtocols()) && watched.size() >= f.counts().sharedPictureMinSignals(), watched);
        f.when("Pas de partenariat antérieur : construire les partenariats", Facts.no(f.governance().priorPartnerships()));
        f.when("Hors crise, des partenariats existent : les renforcer", Facts.yes(f.governance().priorPartnerships()) && calm);
    }
}
