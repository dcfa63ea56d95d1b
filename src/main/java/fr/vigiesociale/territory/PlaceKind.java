package fr.vigiesociale.territory;

/** The kinds of place in the official reference, from the smallest. */
public enum PlaceKind {
    COMMUNE, EPCI, DEPARTEMENT, REGION
}
