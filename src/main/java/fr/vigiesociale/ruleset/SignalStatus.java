package fr.vigiesociale.ruleset;

/** Where an indicator stands against its thresholds. */
public enum SignalStatus {
    NORMAL, WATCH, ALARM
}
