package fr.vigiesociale.batch;

import java.util.List;

/** A batch's outcome: the territories ranked, and every error by row (the file's own at row 0 or 1). */
public record BatchResult(List<RankedTerritory> territories, List<BatchError> errors, int rows) {

    public BatchResult {
        territories = List.copyOf(territories);
        errors = List.copyOf(errors);
    }
}
