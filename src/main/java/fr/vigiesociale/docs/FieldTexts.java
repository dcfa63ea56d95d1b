package fr.vigiesociale.docs;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.FieldSpec;
import java.util.Optional;

/** What the schema and the reference say about one field: its help, unit and allowed values. */
final class FieldTexts {

    private FieldTexts() {
    }

    static String description(FieldSpec f, Messages m) {
        StringBuilder sb = new StringBuilder(m.get(f.helpKey() + ".help"));
        unit(f, m).ifPresent(u -> sb.append(' ').append(m.get("docs.unit", u)));
        if (!f.allowed().isEmpty()) {
            sb.append(' ').append(m.get("docs.values", ScenarioSchema.values(f, m)));
        }
        return sb.toString();
    }

    static Optional<String> unit(FieldSpec f, Messages m) {
        String key = f.helpKey() + ".unit";
        return m.has(key) ? Optional.of(m.get(key)) : Optional.empty();
    }
}
