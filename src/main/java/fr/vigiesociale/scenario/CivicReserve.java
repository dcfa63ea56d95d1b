package fr.vigiesociale.scenario;

/** State of the civic reserve / volunteers (préconisation 5). */
public enum CivicReserve {
    NONE, REGISTERED, MOBILISED
}
