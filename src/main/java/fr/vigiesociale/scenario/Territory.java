package fr.vigiesociale.scenario;

/** The territory described: its name, level, population and features. */
public record Territory(
        String name,
        TerritoryLevel level,
        String inseeCode,
        long population,
        boolean priorityNeighbourhood,
        boolean rural) {
}
