package fr.vigiesociale.ruleset;

import fr.vigiesociale.scenario.SourceTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the data files of a rule folder ({@code ruleset.yaml}, {@code thresholds.yaml},
 * {@code weights.yaml}, {@code sources.yaml}, and the data file beside each DRL file), collecting
 * every problem with its file and line. Keys are read strictly: a misspelt key is a problem, with
 * the closest allowed key.
 */
final class RuleSetParser {

    static final String RULESET = "ruleset.yaml";
    static final String WEIGHTS = "weights.yaml";
    /** The sentences the scoring adds to a reason, in {@code weights.yaml}. */
    static final List<String> SCORING_TEXTS = List.of("corroborating", "indirect", "contextShare");

    private final RuleSetFiles files;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    RuleSetParser(RuleSetFiles files) {
        this.files = files;
    }

    RuleSet parse() {
        RuleFile meta = new RuleFile(RULESET, problems);
        SourceTree.Mapping root = meta.root(files);
        meta.onlyKeys(root, List.of("name", "version", "description", "files"), RULESET);
        String name = meta.text(root, "name", RULESET);
        String version = meta.text(root, "version", RULESET);
        List<RuleSet.DeclaredFile> declared = declaredFiles(meta, root);
        ConcernsParser concerns = new ConcernsParser(files, problems, lines);
        concerns.parse(declared);
        ThresholdsParser thresholds = new ThresholdsParser(new RuleFile(ThresholdsParser.FILE, problems), lines);
        thresholds.parse(files);
        Map<String, Wording> texts = new LinkedHashMap<>(thresholds.texts());
        Weights weights = weights(new RuleFile(WEIGHTS, problems), texts);
        concerns.rules().values().stream().filter(r -> r.reason() != null).forEach(r -> texts.put(r.name(), r.reason()));
        Sources sources = new SourcesParser(files, problems).parse();
        if (!problems.isEmpty()) {
            throw new RuleBaseException(files.location(), problems);
        }
        return new RuleSet(files, name, version, declared, concerns.actions(), concerns.actionFiles(), concerns.rules(),
                thresholds.indicators(), thresholds.factScopes(), thresholds.counts(), weights, new ReasonTexts(texts), sources, Map.copyOf(lines));
    }

    /** The DRL files the rule set declares: each must exist, and no other DRL file may be in the folder. */
    private List<RuleSet.DeclaredFile> declaredFiles(RuleFile meta, SourceTree.Mapping root) {
        List<RuleSet.DeclaredFile> out = new ArrayList<>();
        for (SourceTree item : meta.list(root, "files", RULESET)) {
            String path = meta.text(item, "files[]");
            if (path.isEmpty()) {
                continue;
            }
            if (out.stream().anyMatch(f -> f.path().equals(path))) {
                meta.problem(item, "duplicateFile", path);
            } else if (!path.endsWith(".drl") || files.file(path) == null) {
                meta.problem(item, "declaredFileMissing", path);
            } else {
                checkPackage(path);
            }
            out.add(new RuleSet.DeclaredFile(path, item.where().line()));
        }
        for (String drl : files.drlFiles().keySet()) {
            if (out.stream().noneMatch(f -> f.path().equals(drl))) {
                problems.add(RuleProblem.of(drl, 0, "undeclaredFile", drl, RULESET));
            }
        }
        if (out.isEmpty()) {
            meta.problem(root, "noDrlFile");
        }
        return List.copyOf(out);
    }

    /**
     * A DRL file's package is its folder ({@code housing/x.drl}: {@code package rules.housing;}):
     * Drools warns at every compilation otherwise, and a dash can never be part of a package name.
     */
    private void checkPackage(String path) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String expected = folder.isEmpty() ? "rules" : "rules." + folder.replace('/', '.');
        String[] lines = new String(files.file(path), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PACKAGE.matcher(lines[i]);
            if (m.matches()) {
                if (!m.group(1).equals(expected)) {
                    problems.add(RuleProblem.of(path, i + 1, "packageNotFolder", m.group(1), folder, expected));
                }
                return;
            }
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("\\s*package\\s+([\\w.]+)\\s*;?\\s*");

    private Weights weights(RuleFile yaml, Map<String, Wording> texts) {
        SourceTree.Mapping root = yaml.root(files);
        yaml.onlyKeys(root, List.of("levels", "signal", "scale", "points", "texts"), WEIGHTS);
        SourceTree.Mapping sentences = yaml.mapping(root, "texts", WEIGHTS);
        yaml.onlyKeys(sentences, SCORING_TEXTS, "texts");
        SCORING_TEXTS.forEach(key -> texts.put(key, yaml.wording(sentences, key, "texts")));
        SourceTree.Mapping l = yaml.mapping(root, "levels", WEIGHTS);
        SourceTree.Mapping s = yaml.mapping(root, "signal", WEIGHTS);
        yaml.onlyKeys(l, List.of("CRITICAL", "HIGH", "MEDIUM"), "levels");
        yaml.onlyKeys(s, List.of("watch", "alarm", "max"), "signal");
        ScoreScale scale = scale(yaml, yaml.mapping(root, "scale", WEIGHTS));
        Map<String, Double> points = new LinkedHashMap<>();
        for (SourceTree.Entry e : yaml.mapping(root, "points", WEIGHTS).entries()) {
            lines.put(WEIGHTS + ":" + e.key(), e.where().line());
            if (!(e.value() instanceof SourceTree.Scalar v && v.value() instanceof Number n)) {
                yaml.problem(e.value(), "expectedNumber", "points", e.key());
                continue;
            }
            points.put(e.key(), n.doubleValue());
        }
        Weights.LevelBounds levels = new Weights.LevelBounds(num(yaml, l, "CRITICAL"), num(yaml, l, "HIGH"), num(yaml, l, "MEDIUM"));
        if (scale.withoutAlarm().ceiling() > levels.critical()) {
            // the promise of the scale: without an alarm trigger, never CRITICAL
            yaml.problem(RuleFile.get(root, "scale"), "scaleAboveCritical", scale.withoutAlarm().ceiling(), levels.critical());
        }
        return new Weights(levels, new Weights.SignalPoints(num(yaml, s, "watch"), num(yaml, s, "alarm"), num(yaml, s, "max")),
                scale, points);
    }

    private static ScoreScale scale(RuleFile yaml, SourceTree.Mapping m) {
        yaml.onlyKeys(m, List.of("withAlarm", "withoutAlarm"), "scale");
        ScoreScale.Band[] bands = new ScoreScale.Band[2];
        List<String> names = List.of("withAlarm", "withoutAlarm");
        for (int i = 0; i < 2; i++) {
            SourceTree.Mapping b = yaml.mapping(m, names.get(i), "scale");
            yaml.onlyKeys(b, List.of("knee", "ceiling"), "scale." + names.get(i));
            bands[i] = new ScoreScale.Band(num(yaml, b, "knee"), num(yaml, b, "ceiling"));
            if (bands[i].knee() <= 0 || bands[i].ceiling() <= bands[i].knee() || bands[i].ceiling() > 100) {
                yaml.problem(b, "badScaleBand", "scale." + names.get(i));
            }
        }
        return new ScoreScale(bands[0], bands[1]);
    }

    private static double num(RuleFile yaml, SourceTree.Mapping m, String key) {
        Double d = yaml.number(m, key, key);
        return d == null ? 0 : d;
    }
}
