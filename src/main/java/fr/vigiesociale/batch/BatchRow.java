package fr.vigiesociale.batch;

import fr.vigiesociale.scenario.Scenario;
import java.util.List;

/** One row read: the scenario it describes, or the errors that kept it from being one. */
public record BatchRow(int line, String inseeCode, Scenario scenario, List<BatchError> errors) {

    public BatchRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return scenario != null;
    }
}
