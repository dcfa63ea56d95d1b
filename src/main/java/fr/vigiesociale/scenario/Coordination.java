package fr.vigiesociale.scenario;

/** How national and local action are articulated (préconisation 4). */
public enum Coordination {
    NONE, AD_HOC, STRUCTURED
}
