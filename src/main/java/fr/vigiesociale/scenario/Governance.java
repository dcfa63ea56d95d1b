package fr.vigiesociale.scenario;

/** How the crisis is governed on the territory; {@code null} means unknown. */
public record Governance(
        Boolean socialSectorInCrisisCell,
        Coordination nationalLocalCoordination,
        Boolean priorPartnerships,
        Boolean governanceProtocols,
        Boolean socialImpactPlan,
        Boolean peopleSupportedParticipation) {

    public static final Governance UNKNOWN = new Governance(null, null, null, null, null, null);
}
