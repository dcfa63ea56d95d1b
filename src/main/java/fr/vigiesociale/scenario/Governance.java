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

    /**
     * True when one of the weaknesses the report reproaches is known: social work outside the crisis
     * cell, no social part in the safeguard plan, no protocol, no prior partnership. Unknown is none.
     */
    @DerivedFrom({"socialSectorInCrisisCell", "socialImpactPlan", "governanceProtocols", "priorPartnerships"})
    public boolean knownWeakness() {
        return Boolean.FALSE.equals(socialSectorInCrisisCell) || Boolean.FALSE.equals(socialImpactPlan)
                || Boolean.FALSE.equals(governanceProtocols) || Boolean.FALSE.equals(priorPartnerships);
    }
}
