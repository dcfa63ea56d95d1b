package fr.vigiesociale.scenario;

/** Lockdown in force on the territory. */
public enum Lockdown {
    NONE, PARTIAL, FULL
}
