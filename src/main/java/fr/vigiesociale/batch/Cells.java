package fr.vigiesociale.batch;

import fr.vigiesociale.scenario.DidYouMean;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioError.Located;
import fr.vigiesociale.scenario.ScenarioFields;
import fr.vigiesociale.scenario.SourceTree;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * From CSV cells to the tree a scenario file would give: typed values (a cell that does not parse
 * stays text, so that the validator names the type it wanted), each at its row and column.
 */
final class Cells {

    private Cells() {
    }

    /** The contract path a column names: the path itself, or a key that only one block has. */
    static String path(String column) {
        if (ScenarioFields.byPath(column).isPresent()) {
            return column;
        }
        List<String> matches = ScenarioFields.all().stream().map(FieldSpec::path)
                .filter(p -> p.endsWith("." + column)).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /** The known column closest to a misspelt one. */
    static Optional<String> closestColumn(String column) {
        List<String> names = new ArrayList<>(List.of(BatchReader.CODE));
        ScenarioFields.all().forEach(f -> {
            names.add(f.path());
            names.add(f.key());
        });
        return DidYouMean.closest(column, names);
    }

    /** A cell's value as the scenario reader would type it; {@code decimalComma}: "12,5" is 12.5. */
    static Object typed(FieldSpec field, String cell, boolean decimalComma) {
        switch (field.type()) {
            case INTEGER, NUMBER -> {
                String n = decimalComma ? cell.replace(',', '.') : cell;
                try {
                    BigDecimal d = new BigDecimal(n);
                    if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
                        BigInteger i = d.toBigIntegerExact();
                        return i.bitLength() < 63 ? (Object) i.longValue() : i;
                    }
                    return d.doubleValue();
                } catch (NumberFormatException | ArithmeticException e) {
                    return cell;
                }
            }
            case BOOLEAN -> {
                return switch (cell.toLowerCase(java.util.Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> cell;
                };
            }
            default -> {
                return cell;
            }
        }
    }

    /** The scenario tree of one row; {@code columns}: each path's column (1-based), others at column 0. */
    static SourceTree.Mapping tree(Map<String, Object> values, Map<String, Integer> columns, int line) {
        Map<String, List<SourceTree.Entry>> blocks = new LinkedHashMap<>();
        List<SourceTree.Entry> top = new ArrayList<>();
        values.forEach((path, value) -> {
            Located where = new Located(line, columns.getOrDefault(path, 0));
            SourceTree.Entry leaf;
            int dot = path.indexOf('.');
            if (dot < 0) {
                top.add(new SourceTree.Entry(path, where, new SourceTree.Scalar(value, where)));
            } else {
                leaf = new SourceTree.Entry(path.substring(dot + 1), where, new SourceTree.Scalar(value, where));
                blocks.computeIfAbsent(path.substring(0, dot), k -> new ArrayList<>()).add(leaf);
            }
        });
        Located row = new Located(line, 0);
        blocks.forEach((block, entries) -> top.add(new SourceTree.Entry(block, row, new SourceTree.Mapping(entries, row))));
        return new SourceTree.Mapping(top, row);
    }
}
