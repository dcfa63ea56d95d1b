package fr.vigiesociale.territory;

/**
 * One place of the official reference: its INSEE code (SIREN for an EPCI), name, kind, municipal
 * population where the reference gives one, and the codes of the places it belongs to (empty when
 * they do not apply: a région belongs to nothing).
 */
public record Place(String code, String name, PlaceKind kind, Long population, String departement, String region,
                    String epci) {
}
