package fr.vigiesociale.docs;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.FieldSpec;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the schema and the reference say about one field: its help, unit and allowed values. */
final class FieldTexts {

    private FieldTexts() {
    }

    static String description(FieldSpec f, Messages m) {
        StringBuilder sb = new StringBuilder(m.get(f.helpKey() + ".help"));
        unit(f, m).ifPresent(u -> sb.append(' ').append(m.get("docs.unit", u)));
        if (!f.allowed().isEmpty()) {
            sb.append(' ').append(m.get("docs.values", values(f, m)));
        }
        return sb.toString();
    }

    /** Enum values with their readable names: {@code NONE (aucun), FULL (total)}. */
    static String values(FieldSpec f, Messages m) {
        return f.allowed().stream().map(v -> v + valueLabel(f, v, m).map(l -> " (" + l + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }

    /** The readable name of an enum value ({@code aucun} for {@code crisis.lockdown NONE}), if the bundle has one. */
    static Optional<String> valueLabel(FieldSpec f, String value, Messages m) {
        String key = "value." + f.path() + "." + value;
        return m.has(key) ? Optional.of(m.get(key)) : Optional.empty();
    }

    static Optional<String> unit(FieldSpec f, Messages m) {
        String key = f.helpKey() + ".unit";
        return m.has(key) ? Optional.of(m.get(key)) : Optional.empty();
    }
}
