package fr.vigiesociale.scenario;

import java.util.List;

/**
 * One leaf field of the scenario format: its path, type, whether it is required, and its
 * constraints. {@code min}/{@code max} are inclusive and {@code null} when unbounded;
 * {@code allowed} lists the values of an enum field.
 */
public record FieldSpec(
        String path,
        FieldType type,
        boolean required,
        Double min,
        Double max,
        List<String> allowed,
        Object defaultValue) {

    public FieldSpec {
        allowed = List.copyOf(allowed);
    }

    /** The block the field belongs to ({@code indicators}), or {@code ""} for a top-level field. */
    public String block() {
        int dot = path.indexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The key of the field within its block ({@code pupilsOutOfContactPct}). */
    public String key() {
        return path.substring(path.indexOf('.') + 1);
    }

    /** The i18n key of the field's help text. */
    public String helpKey() {
        return "field." + path;
    }
}
