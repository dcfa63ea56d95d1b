package fr.vigiesociale.scenario;

/** What the territory can mobilise; {@code null} means unknown. */
public record Resources(
        CivicReserve civicReserve,
        Integer civicReserveVolunteers,
        Boolean citizenCollectivesActive,
        Boolean localSocialWorkCommittee,
        Integer outreachTeams,
        DigitalEquipment staffDigitalEquipment) {

    public static final Resources UNKNOWN = new Resources(null, null, null, null, null, null);

    /**
     * True when the territory lacks volunteers: no reserve, a reserve only registered, or one said
     * to be mobilised with no volunteer at all. Unknown when the reserve is: false.
     */
    @DerivedFrom({"civicReserve", "civicReserveVolunteers"})
    public boolean reserveLacking() {
        return civicReserve == CivicReserve.NONE || civicReserve == CivicReserve.REGISTERED
                || civicReserve == CivicReserve.MOBILISED && civicReserveVolunteers != null && civicReserveVolunteers == 0;
    }

    /** True for a mobilised reserve with volunteers, or an unknown number of them. */
    @DerivedFrom({"civicReserve", "civicReserveVolunteers"})
    public boolean reserveMobilised() {
        return civicReserve == CivicReserve.MOBILISED && (civicReserveVolunteers == null || civicReserveVolunteers > 0);
    }
}
