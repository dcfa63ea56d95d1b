package fr.vigiesociale.batch;

import fr.vigiesociale.api.Triage;
import fr.vigiesociale.scenario.TerritoryLevel;

/** One territory of a batch, at its rank, with its first actions and its count per level. */
public record RankedTerritory(int rank, int line, String inseeCode, String name, String departement,
                              TerritoryLevel level, long population, Triage triage) {
}
