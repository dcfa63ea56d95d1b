package fr.vigiesociale.scenario;

import fr.vigiesociale.territory.PlaceKind;

/** Administrative level of the territory described. */
public enum TerritoryLevel {
    NEIGHBOURHOOD, COMMUNE, INTERCOMMUNALITY, DEPARTMENT, REGION;

    /** The level of a place of the official reference (an EPCI is an intercommunality). */
    public static TerritoryLevel of(PlaceKind kind) {
        return switch (kind) {
            case COMMUNE -> COMMUNE;
            case EPCI -> INTERCOMMUNALITY;
            case DEPARTEMENT -> DEPARTMENT;
            case REGION -> REGION;
        };
    }
}
