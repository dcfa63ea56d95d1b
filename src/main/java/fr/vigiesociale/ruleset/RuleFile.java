package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.DidYouMean;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.SourceTree;
import fr.vigiesociale.scenario.TreeParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One YAML data file of a rule folder, read as a tree that remembers lines, so that every problem
 * names the file and the line. Accessors never throw: they record the problem and return an empty
 * value, so one load lists every problem of the folder.
 */
final class RuleFile {

    private static final SourceTree.Mapping EMPTY = new SourceTree.Mapping(List.of(), ScenarioError.Located.UNKNOWN);

    private final String name;
    private final List<RuleProblem> problems;

    RuleFile(String name, List<RuleProblem> problems) {
        this.name = name;
        this.problems = problems;
    }

    String name() {
        return name;
    }

    /** The file's root mapping; empty (with a problem) when the file is missing or not valid YAML. */
    SourceTree.Mapping root(RuleSetFiles files) {
        byte[] content = files.file(name);
        if (content == null) {
            problems.add(RuleProblem.of(name, 0, "missingFile"));
            return EMPTY;
        }
        List<ScenarioError> errors = new ArrayList<>();
        SourceTree tree = new TreeParser(errors).parse(content, ScenarioReader.Format.YAML);
        for (ScenarioError e : errors) {
            // the scenario parser's codes: syntax (format, detail), duplicateKey, alias, empty…
            problems.add(e.code().equals("syntax")
                    ? new RuleProblem(name, e.line(), e.column(), "yaml.syntax", List.of(e.args().get(1)))
                    : new RuleProblem(name, e.line(), e.column(), "yaml." + e.code(), e.args()));
        }
        return tree == null ? EMPTY : mapping(tree, "");
    }

    void problemAt(int line, String code, Object... args) {
        problems.add(RuleProblem.of(name, line, code, args));
    }

    void problem(SourceTree at, String code, Object... args) {
        problems.add(RuleProblem.of(name, at == null ? 0 : at.where().line(), code, args));
    }

    /** The value of {@code key}, or {@code null} when absent. */
    static SourceTree get(SourceTree.Mapping m, String key) {
        for (SourceTree.Entry e : m.entries()) {
            if (e.key().equals(key)) {
                return e.value();
            }
        }
        return null;
    }

    SourceTree.Mapping mapping(SourceTree node, String what) {
        if (node instanceof SourceTree.Mapping m) {
            return m;
        }
        problem(node, "expectedMapping", what);
        return EMPTY;
    }

    SourceTree.Mapping mapping(SourceTree.Mapping m, String key, String what) {
        SourceTree v = get(m, key);
        if (v == null) {
            problem(m, "missingKey", what, key);
            return EMPTY;
        }
        return mapping(v, what + "." + key);
    }

    List<SourceTree> list(SourceTree.Mapping m, String key, String what) {
        SourceTree v = get(m, key);
        if (v instanceof SourceTree.Sequence s) {
            return s.items();
        }
        problem(v == null ? m : v, v == null ? "missingKey" : "expectedList", what, key);
        return List.of();
    }

    /** A required, non-blank string. */
    String text(SourceTree.Mapping m, String key, String what) {
        SourceTree v = get(m, key);
        if (v instanceof SourceTree.Scalar s && s.value() instanceof String str && !str.isBlank()) {
            return str;
        }
        problem(v == null ? m : v, v == null ? "missingKey" : "expectedText", what, key);
        return "";
    }

    String text(SourceTree node, String what) {
        if (node instanceof SourceTree.Scalar s && s.value() instanceof String str && !str.isBlank()) {
            return str;
        }
        problem(node, "expectedText", what, "");
        return "";
    }

    /**
     * A required text in every language under {@code key} ({@code fr:} and {@code en:}), each with its
     * line; a missing language is a problem at the mapping.
     */
    Wording wording(SourceTree.Mapping m, String key, String what) {
        SourceTree.Mapping t = mapping(m, key, what);
        String at = what + "." + key;
        onlyKeys(t, Arrays.stream(Lang.values()).map(Lang::code).toList(), at);
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        Map<Lang, Integer> lines = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            SourceTree v = get(t, lang.code());
            texts.put(lang, text(t, lang.code(), at));
            lines.put(lang, (v == null ? t : v).where().line());
        }
        int line = m.entries().stream().filter(e -> e.key().equals(key)).findFirst().map(e -> e.where().line()).orElse(0);
        return new Wording(name, line, texts, lines);
    }

    /** A required number, or {@code null} (with a problem). */
    Double number(SourceTree.Mapping m, String key, String what) {
        SourceTree v = get(m, key);
        if (v instanceof SourceTree.Scalar s && s.value() instanceof Number n) {
            return n.doubleValue();
        }
        problem(v == null ? m : v, v == null ? "missingKey" : "expectedNumber", what, key);
        return null;
    }

    /** Problems for keys of {@code m} outside {@code allowed}, with the closest allowed key. */
    void onlyKeys(SourceTree.Mapping m, Collection<String> allowed, String what) {
        for (SourceTree.Entry e : m.entries()) {
            if (!allowed.contains(e.key())) {
                problems.add(RuleProblem.of(name, e.where().line(), "unknownKey", what, e.key(),
                        DidYouMean.closest(e.key(), allowed).map(c -> " [→ " + c + "]").orElse(""),
                        String.join(", ", allowed)));
            }
        }
    }

    /** A list of enum values under {@code key}; each value not in {@code all} is a problem that lists them. */
    <E extends Enum<E>> List<E> enums(SourceTree.Mapping m, String key, Function<String, E> parse, E[] all,
                                              String what) {
        List<E> out = new ArrayList<>();
        for (SourceTree n : list(m, key, what)) {
            E e = enumValue(n, parse, all, what + "." + key);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** One enum value, or {@code null} after a problem that lists the allowed values. */
    <E extends Enum<E>> E enumValue(SourceTree n, Function<String, E> parse, E[] all, String what) {
        if (n instanceof SourceTree.Scalar s && s.value() instanceof String str) {
            try {
                return parse.apply(str);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problem(n, "badEnum", what, n == null ? "" : n.describe(),
                String.join(", ", Arrays.stream(all).map(Enum::name).toList()));
        return null;
    }
}
