package fr.vigiesociale.scenario;

/** Phase of the crisis. Priority of immediate actions grows from preparedness to the acute phase; structural ones the other way round. */
public enum CrisisPhase {
    PREPAREDNESS, ALERT, ACUTE, RECOVERY
}
