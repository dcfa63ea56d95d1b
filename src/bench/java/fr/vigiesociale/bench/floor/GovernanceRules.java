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
        boolean crisis = f.phase(CrisisPhase.ALERT, CrisisPhase.ACUTE);
        boolean calm = f.phase(CrisisPhase.PREPAREDNESS, CrisisPhase.RECOVERY);
        boolean recovery = f.phase(CrisisPhase.RECOVERY);
        // governance/anticipation.drl
        f.when("Pas de plan d'impact social : écrire le volet social des plans de crise", Facts.no(g.socialImpactPlan()) && !recovery);
        f.when("Sortie de crise sans plan d'impact social : l'écrire avec ce que la crise a appris",
                Facts.no(g.socialImpactPlan()) && recovery);
        boolean fewKnown = f.known().size() < f.counts().watchedIndicatorsMin();
        f.signals("Peu d'indicateurs sociaux suivis : tableau de bord de veille", fewKnown, f.known());
        f.signals("Crise sans indicateurs suivis : monter la veille tout de suite", fewKnown && crisis, f.known());
        // the review is due in every recovery; what the crisis revealed raises it (contexts, HandWrittenRules)
        f.when("Sortie de crise : retour d'expérience interinstitutionnel", recovery);
        // governance/civic-reserve.drl
        f.inPartIf("Aide alimentaire ou isolement en hausse sans bénévoles mobilisés : mobiliser la réserve civique",
                r.reserveLacking() && crisis, f.watch(FOOD_AID_REQUESTS));
        f.inPartIf("Aide alimentaire ou isolement en hausse sans bénévoles mobilisés : mobiliser la réserve civique",
                r.reserveLacking() && crisis, f.watch(ISOLATED_PEOPLE_UNCONTACTED));
        boolean demand = f.watch(FOOD_AID_REQUESTS) != null || f.watch(ISOLATED_PEOPLE_UNCONTACTED) != null;
        f.when("Réserve mobilisée en pleine crise : intégrer les bénévoles aux équipes", r.reserveMobilised() && crisis && demand);
        f.when("Réserve mobilisée en sortie de crise : la pérenniser", r.civicReserve() == CivicReserve.MOBILISED && recovery);
        f.when("Réserve inscrite hors crise : l'entretenir", r.civicReserve() == CivicReserve.REGISTERED && calm);
        f.when("Aucune réserve hors crise : la constituer", r.civicReserve() == CivicReserve.NONE && calm);
        f.inPartIf("Équipes très réduites en crise : faire appel à une réserve sociale encadrée", crisis, f.alarm(SOCIAL_STAFF_ABSENCE));
        // governance/coordination.drl
        Coordination c = g.nationalLocalCoordination();
        boolean unstructured = c == Coordination.NONE || c == Coordination.AD_HOC;
        f.when("Aucune coordination État–local : canal de liaison unique", c == Coordination.NONE && crisis);
        f.when("Hors crise, aucune coordination État–local : préparer le canal de liaison", c == Coordination.NONE && calm);
        f.when("Coordination absente ou improvisée : la formaliser en protocole", unstructured);
        f.when("Pas de protocole de gouvernance écrit : formaliser la coordination", Facts.no(g.governanceProtocols()));
        f.when("Crise en cours sans coordination structurée : traduire localement les consignes", crisis && unstructured
                && (f.crisis().kind() == CrisisKind.HEALTH || f.hazard(Hazard.HEATWAVE, Hazard.COLD_WAVE)));
        // governance/crisis-cell.drl
        f.when("Travail social absent de la cellule de crise : y nommer un référent social", Facts.no(g.socialSectorInCrisisCell()) && crisis);
        f.when("Hors crise, travail social absent de la cellule : prévoir sa place", Facts.no(g.socialSectorInCrisisCell()) && calm);
        // governance/gender.drl
        // schools closed, or a full lockdown unless they are said to stay open
        Boolean schools = f.crisis().schoolsClosed();
        f.when("Écoles fermées, équipes très féminisées : garde d'enfants des professionnelles",
                (Facts.yes(schools) || f.lockdown(Lockdown.FULL) && !Facts.no(schools)) && f.watch(FRONTLINE_STAFF_WOMEN) != null);
        f.inPartIf("Équipes très féminisées : analyser l'impact de la crise selon le genre", calm, f.watch(FRONTLINE_STAFF_WOMEN));
        f.inPart("Violences conjugales en hausse : analyser l'impact selon le genre", f.watch(DOMESTIC_VIOLENCE_REPORTS));
        // governance/recognition.drl
        f.inPartIf("Confinement total et équipes absentes : reconnaître les travailleurs sociaux comme prioritaires",
                f.lockdown(Lockdown.FULL), f.watch(SOCIAL_STAFF_ABSENCE));
        f.when("Confinement annoncé ou en cours : faire reconnaître les travailleurs sociaux comme prioritaires",
                f.crisis().lockedDown() && crisis);
        f.when("Sortie de crise : reconnaître l'engagement des travailleurs sociaux", recovery);
        f.when("Personnes accompagnées absentes des décisions : les associer", Facts.no(g.peopleSupportedParticipation()));
        // housing/emergency-shelter.drl
        f.signal("Demandes au 115 sans solution : ouvrir des places", f.watch(EMERGENCY_SHELTER_UNANSWERED));
        f.signal("Demandes au 115 sans solution : coordonner les maraudes", f.watch(EMERGENCY_SHELTER_UNANSWERED));
        f.when("115 saturé sans équipe d'aller-vers : créer des maraudes",
                Integer.valueOf(0).equals(r.outreachTeams()) && f.watch(EMERGENCY_SHELTER_UNANSWERED) != null);
        f.inPartIf("Crise sanitaire et hébergement saturé : suivi sanitaire en hébergement", f.crisis().kind() == CrisisKind.HEALTH,
                f.watch(EMERGENCY_SHELTER_UNANSWERED));
        // neighbourhood/citizen-collectives.drl
        boolean crisisOrAfter = f.phase(CrisisPhase.ALERT, CrisisPhase.ACUTE, CrisisPhase.RECOVERY);
        f.when("Collectifs citoyens actifs en crise : coopérer avec eux", Facts.yes(r.citizenCollectivesActive()) && crisisOrAfter);
        f.when("Aucun collectif citoyen actif en crise : susciter l'entraide de proximité",
                Facts.no(r.citizenCollectivesActive()) && crisisOrAfter);
        // neighbourhood/digital-exclusion.drl
        f.signal("Exclusion numérique : médiation numérique", f.watch(DIGITAL_EXCLUSION));
        f.inPartIf("Exclusion numérique pendant un confinement : maintenir un accueil physique", f.crisis().lockedDown(),
                f.watch(DIGITAL_EXCLUSION));
        f.inPartIf("Forte exclusion numérique en pleine crise : maintenir un accueil physique", crisis && f.lockdown(Lockdown.NONE),
                f.alarm(DIGITAL_EXCLUSION));
        f.inPartIf("Accueils fermés en pleine crise : garder un accueil physique ouvert", crisis, f.watch(CLOSED_SOCIAL_SERVICES));
        // neighbourhood/outreach.drl
        boolean priority = f.territory().priorityNeighbourhood();
        f.when("Quartier prioritaire confiné : aller vers les habitants", priority && f.crisis().lockedDown());
        f.when("Quartier prioritaire en pleine crise : aller vers les habitants", priority && f.phase(CrisisPhase.ACUTE) && f.lockdown(Lockdown.NONE));
        f.signalIf("Quartier prioritaire où l'aide alimentaire monte : aller vers les habitants", priority, f.watch(FOOD_AID_REQUESTS));
        f.when("Territoire rural isolé : permanences itinérantes", f.territory().rural()
                && (f.watch(ISOLATED_PEOPLE_UNCONTACTED) != null || f.watch(DIGITAL_EXCLUSION) != null));
    }
}
