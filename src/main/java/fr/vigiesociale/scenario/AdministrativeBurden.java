package fr.vigiesociale.scenario;

/** Weight of procedural norms on support work (préconisations 7 and 8). */
public enum AdministrativeBurden {
    LOW, MODERATE, HIGH
}
