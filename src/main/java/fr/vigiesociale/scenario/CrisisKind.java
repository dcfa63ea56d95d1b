package fr.vigiesociale.scenario;

/** Nature of the crisis. */
public enum CrisisKind {
    HEALTH, CLIMATE, ECONOMIC, TECHNOLOGICAL, OTHER
}
