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
}
