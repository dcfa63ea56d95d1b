package fr.vigiesociale.web.page;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.FieldType;
import fr.vigiesociale.scenario.Numbers;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioFields;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.ScenarioWriter;
import fr.vigiesociale.web.ScenarioInput;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario form's values, as typed: one text per contract field, keyed by its path
 * ({@code indicators.foodAidRequestsChangePct}). An empty value is "inconnu". The form is turned
 * into a scenario by the same strict reader as a file, so the errors are the command line's.
 */
record ScenarioForm(Map<String, String> values) {

    static final String SOURCE = "formulaire";
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ScenarioForm {
        values = Map.copyOf(values);
    }

    static ScenarioForm blank() {
        return new ScenarioForm(Map.of());
    }

    /** The form filled with a scenario's known fields (numbers written the reader's way). */
    static ScenarioForm of(Scenario s, Lang lang) {
        Messages m = Messages.of(lang);
        Map<String, String> v = new LinkedHashMap<>();
        s.fields().forEach((path, value) -> {
            if (value instanceof Double d) {
                v.put(path, m.number(Numbers.plain(d)));
            } else if (value instanceof Enum<?> e) {
                v.put(path, e.name());
            } else {
                v.put(path, String.valueOf(value));
            }
        });
        v.remove("schemaVersion");
        return new ScenarioForm(v);
    }

    /** The form as posted: every contract field's parameter, stripped; other parameters are ignored. */
    static ScenarioForm fromRequest(Map<String, String> params) {
        Map<String, String> v = new LinkedHashMap<>();
        for (FieldSpec f : ScenarioFields.all()) {
            String raw = params.get(f.path());
            if (raw != null && !raw.strip().isEmpty()) {
                v.put(f.path(), raw.strip());
            }
        }
        return new ScenarioForm(v);
    }

    String value(String path) {
        return values.getOrDefault(path, "");
    }

    /**
     * Reads the form as a scenario.
     *
     * @throws fr.vigiesociale.scenario.InvalidScenarioException with every error, by field path
     */
    Scenario toScenario() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", ScenarioFields.SCHEMA_VERSION);
        for (FieldSpec f : ScenarioFields.all()) {
            String raw = values.get(f.path());
            if (f.path().equals("id") && raw == null) {
                raw = slug(values.getOrDefault("title", ""));
            }
            if (raw != null && !f.path().equals("schemaVersion")) {
                fields.put(f.path(), typed(f, raw));
            }
        }
        byte[] json = JSON.writeValueAsString(ScenarioWriter.tree(fields)).getBytes(StandardCharsets.UTF_8);
        return ScenarioInput.read(SOURCE, json, ScenarioReader.Format.JSON);
    }

    /**
     * The value a person meant: "120 000", "12,5" and "40 %" (in a field of percentages) are
     * numbers, "true"/"false" booleans. Text that is not a number is passed on as text, for the
     * reader to refuse with its usual message.
     */
    private static Object typed(FieldSpec f, String raw) {
        if (f.type() == FieldType.INTEGER || f.type() == FieldType.NUMBER) {
            String n = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
            if (f.path().endsWith("Pct") && n.endsWith("%")) {
                n = n.substring(0, n.length() - 1);
            }
            if (f.type() == FieldType.INTEGER && INTEGER.matcher(n).matches()) {
                return new java.math.BigInteger(n); // however long: the reader refuses what it cannot keep exactly
            }
            if (DECIMAL.matcher(n).matches()) {
                double d = Double.parseDouble(n.replace(',', '.'));
                return f.type() == FieldType.INTEGER && d == Math.rint(d) && Math.abs(d) < 0x1p53 ? (Object) (long) d : d;
            }
            return raw;
        }
        if (f.type() == FieldType.BOOLEAN && (raw.equals("true") || raw.equals("false"))) {
            return Boolean.parseBoolean(raw);
        }
        return raw;
    }

    /** An identifier from a title: "Quartiers nord — confinement" gives "quartiers-nord-confinement". */
    static String slug(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? null : s;
    }
}
