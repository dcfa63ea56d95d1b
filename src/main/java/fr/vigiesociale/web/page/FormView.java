package fr.vigiesociale.web.page;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.i18n.ScenarioErrorText;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.FieldType;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario form as the page draws it: the contract's blocks in order (Scénario, Territoire,
 * Crise, Indicateurs, Gouvernance, Ressources, Pratiques), each field with its label, help, unit,
 * the value typed, and its errors. {@code globalErrors} are those that belong to no field.
 */
record FormView(List<Group> groups, List<String> globalErrors, int errorCount) {

    record Group(String block, String title, String help, List<Field> fields) { }

    /** {@code widget} is text, number, textarea or select; {@code options} are for a select. */
    record Field(String path, String id, String label, String help, String unit, String widget, boolean required,
                 String value, List<Option> options, List<String> errors) {

        public boolean invalid() {
            return !errors.isEmpty();
        }
    }

    record Option(String value, String label, boolean selected) { }

    static FormView of(ScenarioForm form, List<ScenarioError> errors, Messages m) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (ScenarioError e : errors) {
            String text = ScenarioErrorText.of(e, m);
            if (ScenarioFields.byPath(e.path()).isPresent()) {
                byField.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(text);
            } else {
                global.add(e.path().isEmpty() ? text : e.path() + m.get("error.pathSeparator") + text);
            }
        }
        List<Group> groups = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        blocks.add("");
        blocks.addAll(ScenarioFields.BLOCKS);
        for (String block : blocks) {
            List<Field> fields = ScenarioFields.inBlock(block).stream()
                    .filter(f -> !f.path().equals("schemaVersion"))
                    .map(f -> field(f, form.value(f.path()), byField.getOrDefault(f.path(), List.of()), m))
                    .toList();
            String key = block.isEmpty() ? "root" : block;
            groups.add(new Group(key, m.get("block." + key),
                    m.has("block.help." + key) ? m.get("block.help." + key) : null, fields));
        }
        return new FormView(groups, global, errors.size());
    }

    private static Field field(FieldSpec f, String value, List<String> errors, Messages m) {
        String help = m.get("field." + f.path() + ".help");
        String unit = m.has("field." + f.path() + ".unit") ? m.get("field." + f.path() + ".unit") : null;
        String widget = switch (f.type()) {
            case INTEGER, NUMBER -> "number";
            case FREE_TEXT -> "textarea";
            case BOOLEAN, ENUM -> "select";
            default -> "text";
        };
        boolean required = f.required() && !f.path().equals("id"); // the id is made from the title when left empty
        return new Field(f.path(), "f-" + f.path().replace('.', '-'), m.get("field." + f.path()), help, unit, widget,
                required, value, options(f, value, m), List.copyOf(errors));
    }

    /**
     * A select's options. A required field starts on "— choisir —"; a field with a default offers no
     * "inconnu"; any other optional field offers "inconnu" first, distinct from every value.
     */
    private static List<Option> options(FieldSpec f, String value, Messages m) {
        if (f.type() != FieldType.BOOLEAN && f.type() != FieldType.ENUM) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        // a yes/no starts at "inconnu" like every other; one the contract reads as "no" when absent says so
        boolean yesNo = f.type() == FieldType.BOOLEAN;
        String current = value.isEmpty() && f.defaultValue() != null && !yesNo ? String.valueOf(f.defaultValue()) : value;
        if (f.required()) {
            options.add(new Option("", m.get("web.form.choose"), current.isEmpty()));
        } else if (f.defaultValue() == null) {
            options.add(new Option("", m.get("web.form.unknown"), current.isEmpty()));
        } else if (yesNo) {
            options.add(new Option("", m.get("web.form.unknownCountsAs", m.get("value." + f.defaultValue())), current.isEmpty()));
        }
        List<String> values = f.type() == FieldType.BOOLEAN ? List.of("true", "false") : f.allowed();
        for (String v : values) {
            String label = f.type() == FieldType.BOOLEAN ? m.get("value." + v) : m.get("value." + f.path() + "." + v);
            options.add(new Option(v, label, v.equals(current)));
        }
        boolean known = options.stream().anyMatch(Option::selected);
        if (!known && !current.isEmpty()) {
            options.add(new Option(current, current, true)); // keep what was sent, even if not allowed
        }
        return options;
    }
}
