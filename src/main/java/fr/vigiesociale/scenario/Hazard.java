package fr.vigiesociale.scenario;

/**
 * What struck, within a crisis kind (schema version 2, optional): a heatwave and a flood are both
 * climate crises but call for different help. Each hazard belongs to one {@link CrisisKind}.
 */
public enum Hazard {
    HEATWAVE(CrisisKind.CLIMATE), COLD_WAVE(CrisisKind.CLIMATE), FLOOD(CrisisKind.CLIMATE), STORM(CrisisKind.CLIMATE),
    EPIDEMIC(CrisisKind.HEALTH), INDUSTRIAL_ACCIDENT(CrisisKind.TECHNOLOGICAL), PLANT_CLOSURE(CrisisKind.ECONOMIC);

    private final CrisisKind kind;

    Hazard(CrisisKind kind) {
        this.kind = kind;
    }

    public CrisisKind kind() {
        return kind;
    }
}
