package fr.vigiesociale.scenario;

import fr.vigiesociale.scenario.ScenarioError.Located;
import java.util.List;

/** A parsed scenario file as a tree whose every node remembers where it stood in the file. */
public sealed interface SourceTree {

    Located where();

    /** A short description of the node's kind and value, for error messages. */
    String describe();

    record Entry(String key, Located where, SourceTree value) { }

    record Mapping(List<Entry> entries, Located where) implements SourceTree {
        public String describe() { return "{…}"; }
    }

    record Sequence(List<SourceTree> items, Located where) implements SourceTree {
        public String describe() { return "[…]"; }
    }

    /** A scalar: a String, a Number (Long, BigInteger, Double or BigDecimal), a Boolean, or null. */
    record Scalar(Object value, Located where) implements SourceTree {
        public String describe() {
            if (value == null) {
                return "null";
            }
            return value instanceof String s ? "\"" + s + "\"" : value.toString();
        }
    }
}
