package fr.vigiesociale.scenario;

/** How social work is organised day to day; {@code null} means unknown. */
public record Practices(
        AdministrativeBurden administrativeBurden,
        Boolean frontlineInitiativeDelegated,
        Boolean crossInstitutionalTraining,
        Boolean proximityManagersSupported) {

    public static final Practices UNKNOWN = new Practices(null, null, null, null);
}
