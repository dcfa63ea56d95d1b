package fr.vigiesociale.bench.floor;

import static fr.vigiesociale.scenario.Indicator.*;

import fr.vigiesociale.scenario.*;

/** The governance, civic-reserve, gender, recognition, housing and neighbourhood rules, by hand (see {@link HandWrittenRules}). */
final class GovernanceRules {

    private GovernanceRules() {
    }

    static void triggers(Facts f) {
        var g = f.governance();
        var r = f.resources();
        var p = f.practices();
        boolean crisis = f.phase(CrisisPhase.ALERT, CrisisPhase.ACUTE);
        boolean calm = f.phase(CrisisPhase.PREPAREDNESS, CrisisPhase.RECOVERY);
        f.when("Pas de plan d'impact social : écrire le volet social des plans de crise", Facts.no(g.socialImpactPlan()));
        f.signals("Peu d'indicateurs sociaux suivis : tableau de bord de veille", f.known().size() < f.counts().watchedIndicatorsMin(),
                f.known());
        f.when("Sortie de crise : retour d'expérience interinstitutionnel", f.phase(CrisisPhase.RECOVERY));
        boolean demand = f.watch(FOOD_AID_REQUESTS) != null || f.watch(ISOLATED_PEOPLE_UNCONTACTED) != null;
        f.signalIf("Aide alimentaire ou isolement en hausse sans bénévoles mobilisés : mobiliser la réserve civique",
                r.reserveLacking() && crisis, f.watch(FOOD_AID_REQUESTS));
        f.signalIf("Aide alimentaire ou isolement en hausse sans bénévoles mobilisés : mobiliser la réserve civique",
                r.reserveLacking() && crisis, f.watch(ISOLATED_PEOPLE_UNCONTACTED));
        f.when("Réserve mobilisée en pleine crise : intégrer les bénévoles aux équipes", r.reserveMobilised() && crisis && demand);
        f.when("Réserve mobilisée en sortie de crise : la pérenniser", r.civicReserve() == CivicReserve.MOBILISED && f.phase(CrisisPhase.RECOVERY));
        f.when("Réserve inscrite hors crise : l'entretenir", r.civicReserve() == CivicReserve.REGISTERED && calm);
        f.when("Aucune réserve hors crise : la constituer", r.civicReserve() == CivicReserve.NONE && calm);
        f.signalIf("Équipes très réduites en crise : faire appel à une réserve sociale encadrée", crisis, f.alarm(SOCIAL_STAFF_ABSENCE));
        Coordination c = g.nationalLocalCoordination();
        f.when("Aucune coordination État–local : canal de liaison unique", c == Coordination.NONE && crisis);
        f.when("Hors crise, aucune coordination État–local : préparer le canal de liaison", c == Coordination.NONE && calm);
        f.when("Coordination absente ou improvisée : la formaliser en protocole", c == Coordination.NONE || c == Coordination.AD_HOC);
        f.when("Pas de protocole de gouvernance écrit : formaliser la coordination", Facts.no(g.governanceProtocols()));
        f.when("Crise en cours sans coordination structurée : traduire localement les consignes",
                crisis && (c == Coordination.NONE || c == Coordination.AD_HOC));
        f.when("Travail social absent de la cellule de crise : y nommer un référent social", Facts.no(g.socialSectorInCrisisCell()) && crisis);
        f.when("Hors crise, travail social absent de la cellule : prévoir sa place", Facts.no(g.socialSectorInCrisisCell()) && calm);
        f.signalIf("Équipes très féminisées en confinement : garde d'enfants des professionnelles", f.lockdown(Lockdown.PARTIAL),
                f.watch(FRONTLINE_STAFF_WOMEN));
        f.when("Équipes très féminisées en confinement total : garde d'enfants des professionnelles d'urgence",
                f.lockdown(Lockdown.FULL) && f.watch(FRONTLINE_STAFF_WOMEN) != null);
        f.signalIf("Équipes très féminisées : analyser l'impact de la crise selon le genre", calm, f.watch(FRONTLINE_STAFF_WOMEN));
        f.signal("Violences conjugales en hausse : analyser l'impact selon le genre", f.watch(DOMESTIC_VIOLENCE_REPORTS));
        f.signalIf("Confinement total et équipes absentes : reconnaître les travailleurs sociaux comme prioritaires",
                f.lockdown(Lockdown.FULL), f.watch(SOCIAL_STAFF_ABSENCE));
        f.when("Sortie de crise : reconnaître l'engagement des travailleurs sociaux", f.phase(CrisisPhase.RECOVERY));
        f.when("Personnes accompagnées absentes des décisions : les associer", Facts.no(g.peopleSupportedParticipation()));
        // housing
        f.signal("Demandes au 115 sans solution : ouvrir des places", f.watch(EMERGENCY_SHELTER_UNANSWERED));
        f.signal("Demandes au 115 sans solution : coordonner les maraudes", f.watch(EMERGENCY_SHELTER_UNANSWERED));
        f.when("115 saturé sans équipe d'aller-vers : créer des maraudes",
                Integer.valueOf(0).equals(r.outreachTeams()) && f.watch(EMERGENCY_SHELTER_UNANSWERED) != null);
        f.signalIf("Crise sanitaire et hébergement saturé : suivi sanitaire en hébergement", f.crisis().kind() == CrisisKind.HEALTH,
                f.watch(EMERGENCY_SHELTER_UNANSWERED));
        // neighbourhood
        boolean crisisOrAfter = f.phase(CrisisPhase.ALERT, CrisisPhase.ACUTE, CrisisPhase.RECOVERY);
        f.when("Collectifs citoyens actifs en crise : coopérer avec eux", Facts.yes(r.citizenCollectivesActive()) && crisisOrAfter);
        f.when("Aucun collectif citoyen actif en crise : susciter l'entraide de proximité",
                Facts.no(r.citizenCollectivesActive()) && crisisOrAfter);
        f.signal("Exclusion numérique : médiation numérique", f.watch(DIGITAL_EXCLUSION));
        f.signalIf("Exclusion numérique pendant un confinement : maintenir un accueil physique", f.crisis().lockedDown(),
                f.watch(DIGITAL_EXCLUSION));
        f.signalIf("Forte exclusion numérique en pleine crise : maintenir un accueil physique", crisis && f.lockdown(Lockdown.NONE),
                f.alarm(DIGITAL_EXCLUSION));
        boolean priority = f.territory().priorityNeighbourhood();
        f.when("Quartier prioritaire confiné : aller vers les habitants", priority && f.crisis().lockedDown());
        f.when("Quartier prioritaire en pleine crise : aller vers les habitants", priority && f.phase(CrisisPhase.ACUTE) && f.lockdown(Lockdown.NONE));
        f.signalIf("Quartier prioritaire où l'aide alimentaire monte : aller vers les habitants", priority, f.watch(FOOD_AID_REQUESTS));
        f.when("Territoire rural isolé : permanences itinérantes", f.territory().rural()
                && (f.watch(ISOLATED_PEOPLE_UNCONTACTED) != null || f.watch(DIGITAL_EXCLUSION) != null));
    }
}
