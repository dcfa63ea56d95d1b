package fr.vigiesociale.scenario;

/** Administrative level of the territory described. */
public enum TerritoryLevel {
    NEIGHBOURHOOD, COMMUNE, INTERCOMMUNALITY, DEPARTMENT, REGION
}
