package fr.vigiesociale.scenario;

import fr.vigiesociale.scenario.ScenarioError.Located;
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
 */
final class ScenarioValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

    private final List<ScenarioError> errors;
    private final Map<String, Object> values = new LinkedHashMap<>();

    ScenarioValidator(List<ScenarioError> errors) {
        this.errors = errors;
    }

    Map<String, Object> validate(SourceTree root) {
        if (!(root instanceof SourceTree.Mapping top)) {
            errors.add(ScenarioError.at("", root.where(), "rootNotMapping", root.describe()));
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
                errors.add(ScenarioError.at(block, top.where(), "missing"));
            }
        }
        return values;
    }

    private void block(String block, SourceTree node) {
        if (node instanceof SourceTree.Scalar s && s.value() == null && !ScenarioFields.isRequiredBlock(block)) {
            return; // "indicators:" with nothing under it: every indicator unknown
        }
        if (!(node instanceof SourceTree.Mapping mapping)) {
            errors.add(ScenarioError.at(block, node.where(), "blockNotMapping", node.describe()));
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
        for (FieldSpec f : fields) {
            requireIfMissing(f, mapping);
        }
    }

    private void requireIfMissing(FieldSpec f, SourceTree.Mapping parent) {
        if (f.required() && find(parent, f.key()).isEmpty()) {
            errors.add(ScenarioError.at(f.path(), parent.where(), "missing"));
        }
    }

    private static Optional<SourceTree.Entry> find(SourceTree.Mapping m, String key) {
        return m.entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    private void unknownKey(String path, SourceTree.Entry e, List<String> siblings) {
        Optional<String> near = DidYouMean.closest(e.key(), siblings);
        if (near.isPresent()) {
            errors.add(ScenarioError.at(path, e.where(), "unknownKeyDidYouMean", e.key(), near.get()));
            return;
        }
        // The right key in the wrong block: point at where it belongs.
        Optional<FieldSpec> elsewhere = ScenarioFields.all().stream()
                .filter(f -> f.key().equals(e.key()) && !f.path().equals(path)).findFirst();
        if (elsewhere.isPresent()) {
            errors.add(ScenarioError.at(path, e.where(), "unknownKeyOtherBlock", e.key(), elsewhere.get().path()));
        } else {
            errors.add(ScenarioError.at(path, e.where(), "unknownKey", e.key(), String.join(", ", siblings)));
        }
    }

    private void leaf(FieldSpec f, SourceTree node) {
        String path = f.path();
        Located at = node.where();
        if (!(node instanceof SourceTree.Scalar scalar)) {
            errors.add(ScenarioError.at(path, at, "expected." + f.type().name(), node.describe()));
            return;
        }
        Object v = scalar.value();
        if (v == null) {
            if (f.required()) {
                errors.add(ScenarioError.at(path, at, "missing"));
            }
            return; // an explicit null is "unknown", like an absent key
        }
        switch (f.type()) {
            case INTEGER, NUMBER -> number(f, scalar, at);
            case BOOLEAN -> {
                if (v instanceof Boolean b) {
                    values.put(path, b);
                } else {
                    errors.add(ScenarioError.at(path, at, "expected.BOOLEAN", scalar.describe()));
                }
            }
            case TEXT, FREE_TEXT, SLUG -> text(f, scalar, at);
            case ENUM -> enumValue(f, scalar, at);
        }
    }

    private void number(FieldSpec f, SourceTree.Scalar scalar, Located at) {
        String path = f.path();
        if (!(scalar.value() instanceof Number n)) {
            errors.add(ScenarioError.at(path, at, "expected." + f.type().name(), scalar.describe()));
            return;
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            errors.add(ScenarioError.at(path, at, "notFinite", scalar.describe()));
            return;
        }
        boolean integral = n instanceof Long || n instanceof Integer || n instanceof BigInteger
                || (n instanceof BigDecimal bd && bd.stripTrailingZeros().scale() <= 0)
                || (!(n instanceof BigDecimal) && d == Math.rint(d));
        if (f.type() == FieldType.INTEGER && !integral) {
            errors.add(ScenarioError.at(path, at, "expected.INTEGER", scalar.describe()));
            return;
        }
        String shown = Numbers.plain(d);
        if (path.equals("schemaVersion") && d != ScenarioFields.SCHEMA_VERSION) {
            errors.add(ScenarioError.at(path, at, "schemaVersion", shown));
            return;
        }
        if (f.min() != null && d < f.min()) {
            errors.add(ScenarioError.at(path, at, f.max() == null ? "belowMin" : "outOfRange",
                    shown, Numbers.plain(f.min()), f.max() == null ? "" : Numbers.plain(f.max())));
            return;
        }
        if (f.max() != null && d > f.max()) {
            errors.add(ScenarioError.at(path, at, "outOfRange", shown, Numbers.plain(f.min()), Numbers.plain(f.max())));
            return;
        }
        values.put(path, f.type() == FieldType.INTEGER ? (Object) Math.round(d) : (Object) d);
    }

    private void text(FieldSpec f, SourceTree.Scalar scalar, Located at) {
        String path = f.path();
        if (!(scalar.value() instanceof String s)) {
            errors.add(ScenarioError.at(path, at, "expected." + f.type().name(), scalar.describe()));
            return;
        }
        if (f.type() == FieldType.SLUG && !SLUG.matcher(s).matches()) {
            errors.add(ScenarioError.at(path, at, "slug", s));
        } else if (f.type() == FieldType.TEXT && s.isBlank()) {
            errors.add(ScenarioError.at(path, at, "blank"));
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
            errors.add(ScenarioError.at(path, at, "enumDidYouMean", typed, allowed, near.get()));
        } else {
            errors.add(ScenarioError.at(path, at, "enum", typed, allowed));
        }
    }
}
