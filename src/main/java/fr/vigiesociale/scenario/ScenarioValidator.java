package fr.vigiesociale.scenario;

import fr.vigiesociale.scenario.ScenarioError.Located;
import fr.vigiesociale.territory.TerritoryReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a parsed tree against {@link ScenarioFields} and collects every error; the values that
 * pass come out as a flat {@code path -> value} map ready for {@link Scenario#fromFields(Map)}.
 *
 * <p>It checks either a whole scenario or a set of <em>changes</em> to one (an exercise inject:
 * only the blocks, nothing required, {@code null} meaning "now unknown"). Error paths carry a
 * prefix when the tree sits inside a larger document ({@code injects[2].changes.}).
 */
public final class ScenarioValidator {

    /** The largest whole number a scenario may give: 2^53 − 1, the last one stored exactly. */
    static final double MAX_EXACT_INTEGER = 9_007_199_254_740_991d;

    /** An identifier: lower-case letters without accents, digits and dashes, 1 to 80 characters. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    private final List<ScenarioError> errors;
    private final String prefix;
    private final boolean changes;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private ScenarioValidator(List<ScenarioError> errors, String prefix, boolean changes) {
        this.errors = errors;
        this.prefix = prefix;
        this.changes = changes;
    }

    /**
     * Validates a whole scenario; adds every problem to {@code errors}, paths prefixed with
     * {@code prefix} ({@code ""} for a scenario file, {@code "scenario."} for one inside an exercise).
     */
    public static Map<String, Object> scenario(SourceTree root, String prefix, List<ScenarioError> errors) {
        return new ScenarioValidator(errors, prefix, false).validate(root);
    }

    /**
     * Validates changes to a scenario: a mapping of blocks whose fields are all optional. A field
     * set to {@code null} becomes unknown (its key maps to {@code null} in the result); a required
     * field cannot be unset.
     */
    public static Map<String, Object> changes(SourceTree root, String prefix, List<ScenarioError> errors) {
        ScenarioValidator v = new ScenarioValidator(errors, prefix, true);
        if (!(root instanceof SourceTree.Mapping top)) {
            v.error("", root.where(), "blockNotMapping", root.describe());
            return v.values;
        }
        for (SourceTree.Entry e : top.entries()) {
            if (ScenarioFields.BLOCKS.contains(e.key())) {
                v.block(e.key(), e.value());
            } else {
                v.unknownKey(e.key(), e, ScenarioFields.BLOCKS);
            }
        }
        return v.values;
    }

    private void error(String path, Located where, String code, String... args) {
        String full = path.isEmpty() ? stripDot(prefix) : prefix + path;
        errors.add(ScenarioError.at(full, where, code, args));
    }

    private static String stripDot(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private Map<String, Object> validate(SourceTree root) {
        if (!(root instanceof SourceTree.Mapping top)) {
            error("", root.where(), "rootNotMapping", root.describe());
            return values;
        }
        List<String> topKeys = new ArrayList<>(ScenarioFields.inBlock("").stream().map(FieldSpec::key).toList());
        topKeys.addAll(ScenarioFields.BLOCKS);
        for (SourceTree.Entry e : top.entries()) {
            if (ScenarioFields.BLOCKS.contains(e.key())) {
                block(e.key(), e.value());
            } else {
                Optional<FieldSpec> spec = ScenarioFields.byPath(e.key());
                if (spec.isPresent()) {
                    leaf(spec.get(), e.value());
                } else {
                    unknownKey(e.key(), e, topKeys);
                }
            }
        }
        for (FieldSpec f : ScenarioFields.inBlock("")) {
            requireIfMissing(f, top);
        }
        for (String block : ScenarioFields.BLOCKS) {
            if (ScenarioFields.isRequiredBlock(block) && find(top, block).isEmpty()) {
                error(block, top.where(), "missing");
            }
        }
        hazard(top);
        inseeCode(top);
        return values;
    }

    /**
     * An INSEE code must be one of the official reference (commune, EPCI, département, région); when
     * the territory's name is a known place, its code is suggested.
     */
    private void inseeCode(SourceTree.Mapping top) {
        if (!(values.get("territory.inseeCode") instanceof String code) || TerritoryReference.get().byCode(code).isPresent()) {
            return;
        }
        Located at = where(top, "territory", "inseeCode");
        java.util.Optional<fr.vigiesociale.territory.Place> named = values.get("territory.name") instanceof String name
                ? TerritoryReference.get().byName(name).stream().findFirst() : java.util.Optional.empty();
        if (named.isPresent()) {
            error("territory.inseeCode", at, "unknownInseeCodeForName", code, named.get().code(), named.get().name());
        } else {
            error("territory.inseeCode", at, "unknownInseeCode", code);
        }
    }

    /** A hazard needs schema version 2 and must belong to the crisis kind. */
    private void hazard(SourceTree.Mapping top) {
        if (!(values.get("crisis.hazard") instanceof String name)) {
            return;
        }
        Hazard hazard = Hazard.valueOf(name);
        Located at = where(top, "crisis", "hazard");
        if (values.get("schemaVersion") instanceof Number v && v.intValue() < 2) {
            error("crisis.hazard", at, "hazardNeedsVersion2");
        }
        if (values.get("crisis.kind") instanceof String k && hazard.kind() != CrisisKind.valueOf(k)) {
            CrisisKind kind = CrisisKind.valueOf(k);
            error("crisis.hazard", at, "hazardOfAnotherKind", hazard.name(), kind.name(),
                    String.join(", ", java.util.Arrays.stream(Hazard.values()).filter(h -> h.kind() == kind).map(Enum::name).toList()));
        }
    }

    private void block(String block, SourceTree node) {
        if (node instanceof SourceTree.Scalar s && s.value() == null && (changes || !ScenarioFields.isRequiredBlock(block))) {
            return; // "indicators:" with nothing under it: every indicator unknown
        }
        if (!(node instanceof SourceTree.Mapping mapping)) {
            error(block, node.where(), "blockNotMapping", node.describe());
            return;
        }
        List<FieldSpec> fields = ScenarioFields.inBlock(block);
        List<String> keys = fields.stream().map(FieldSpec::key).toList();
        for (SourceTree.Entry e : mapping.entries()) {
            Optional<FieldSpec> spec = fields.stream().filter(f -> f.key().equals(e.key())).findFirst();
            if (spec.isPresent()) {
                leaf(spec.get(), e.value());
            } else {
                unknownKey(block + "." + e.key(), e, keys);
            }
        }
        if (!changes) {
            for (FieldSpec f : fields) {
                requireIfMissing(f, mapping);
            }
        }
    }

    private void requireIfMissing(FieldSpec f, SourceTree.Mapping parent) {
        if (f.required() && find(parent, f.key()).isEmpty()) {
            error(f.path(), parent.where(), "missing");
        }
    }

    /** Where {@code block.key} stands in the file: its value, else its block, else the document. */
    private static Located where(SourceTree.Mapping top, String block, String key) {
        return find(top, block).map(e -> e.value() instanceof SourceTree.Mapping m
                ? find(m, key).map(h -> h.value().where()).orElse(e.where()) : e.where()).orElse(top.where());
    }

    private static Optional<SourceTree.Entry> find(SourceTree.Mapping m, String key) {
        return m.entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    private void unknownKey(String path, SourceTree.Entry e, List<String> siblings) {
        if (errors.size() >= InvalidScenarioException.MAX_SHOWN) {
            error(path, e.where(), "unknownKey", e.key(), ""); // past the errors shown: counted, not explained
            return;
        }
        Optional<String> near = DidYouMean.closest(e.key(), siblings);
        if (near.isPresent()) {
            error(path, e.where(), "unknownKeyDidYouMean", e.key(), near.get());
            return;
        }
        // The right key in the wrong block: point at where it belongs.
        Optional<FieldSpec> elsewhere = ScenarioFields.all().stream()
                .filter(f -> f.key().equals(e.key()) && !f.path().equals(path)).findFirst();
        if (elsewhere.isPresent()) {
            error(path, e.where(), "unknownKeyOtherBlock", e.key(), elsewhere.get().path());
        } else {
            error(path, e.where(), "unknownKey", e.key(), String.join(", ", siblings));
        }
    }

    private void leaf(FieldSpec f, SourceTree node) {
        String path = f.path();
        Located at = node.where();
        if (!(node instanceof SourceTree.Scalar scalar)) {
            error(path, at, "expected." + f.type().name(), node.describe());
            return;
        }
        Object v = scalar.value();
        if (v == null) {
            if (changes && f.required()) {
                error(path, at, "cannotUnset");
            } else if (f.required()) {
                error(path, at, "missing");
            } else if (changes) {
                values.put(path, null);
            }
            return; // an explicit null is "unknown", like an absent key
        }
        switch (f.type()) {
            case INTEGER, NUMBER -> number(f, scalar, at);
            case BOOLEAN -> {
                if (v instanceof Boolean b) {
                    values.put(path, b);
                } else {
                    error(path, at, "expected.BOOLEAN", scalar.describe());
                }
            }
            case TEXT, FREE_TEXT, SLUG -> text(f, scalar, at);
            case ENUM -> enumValue(f, scalar, at);
        }
    }

    private void number(FieldSpec f, SourceTree.Scalar scalar, Located at) {
        String path = f.path();
        if (!(scalar.value() instanceof Number n)) {
            error(path, at, "expected." + f.type().name(), scalar.describe());
            return;
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            error(path, at, "notFinite", scalar.describe());
            return;
        }
        boolean integral = n instanceof Long || n instanceof Integer || n instanceof BigInteger
                || (n instanceof BigDecimal bd && bd.stripTrailingZeros().scale() <= 0)
                || (!(n instanceof BigDecimal) && d == Math.rint(d));
        if (f.type() == FieldType.INTEGER && !integral) {
            error(path, at, "expected.INTEGER", scalar.describe());
            return;
        }
        if (f.type() == FieldType.INTEGER && Math.abs(d) > MAX_EXACT_INTEGER) {
            // past 2^53 a number is no longer stored exactly: refused rather than rounded
            error(path, at, "numberTooLarge", scalar.describe(), Numbers.plain(MAX_EXACT_INTEGER));
            return;
        }
        String shown = Numbers.plain(d);
        if (path.equals("schemaVersion") && (d < ScenarioFields.OLDEST_SCHEMA_VERSION || d > ScenarioFields.SCHEMA_VERSION)) {
            error(path, at, "schemaVersion", shown);
            return;
        }
        if (f.min() != null && d < f.min()) {
            error(path, at, f.max() == null ? "belowMin" : "outOfRange",
                    shown, Numbers.plain(f.min()), f.max() == null ? "" : Numbers.plain(f.max()));
            return;
        }
        if (f.max() != null && d > f.max()) {
            error(path, at, "outOfRange", shown, Numbers.plain(f.min()), Numbers.plain(f.max()));
            return;
        }
        values.put(path, f.type() == FieldType.INTEGER ? (Object) Math.round(d) : (Object) d);
    }

    private void text(FieldSpec f, SourceTree.Scalar scalar, Located at) {
        String path = f.path();
        if (!(scalar.value() instanceof String s)) {
            error(path, at, "expected." + f.type().name(), scalar.describe());
            return;
        }
        Optional<String> forbidden = TextCharacters.refused(s, f.type() == FieldType.FREE_TEXT);
        if (forbidden.isPresent()) {
            error(path, at, "controlCharacter", forbidden.get());
        } else if (f.type() == FieldType.SLUG && !SLUG.matcher(s).matches()) {
            error(path, at, "slug", s);
        } else if (f.type() == FieldType.TEXT && s.isBlank()) {
            error(path, at, "blank");
        } else {
            values.put(path, s.strip());
        }
    }

    private void enumValue(FieldSpec f, SourceTree.Scalar scalar, Located at) {
        String path = f.path();
        String typed = String.valueOf(scalar.value());
        if (scalar.value() instanceof String s && f.allowed().contains(s)) {
            values.put(path, s);
            return;
        }
        String allowed = String.join(", ", f.allowed());
        Optional<String> near = DidYouMean.closest(typed, f.allowed());
        if (near.isPresent()) {
            error(path, at, "enumDidYouMean", typed, allowed, near.get());
        } else {
            error(path, at, "enum", typed, allowed);
        }
    }
}
