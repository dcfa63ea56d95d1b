package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Indicator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the data files of a rule folder, collecting every problem with its file. */
final class RuleSetParser {

    static final String RULESET = "ruleset.yaml";
    static final String ACTIONS = "actions.yaml";
    static final String THRESHOLDS = "thresholds.yaml";
    static final String WEIGHTS = "weights.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final RuleSetFiles files;
    private final List<RuleProblem> problems = new ArrayList<>();

    RuleSetParser(RuleSetFiles files) {
        this.files = files;
    }

    RuleSet parse() {
        JsonNode meta = yaml(RULESET);
        JsonNode actionsNode = yaml(ACTIONS);
        JsonNode thresholdsNode = yaml(THRESHOLDS);
        JsonNode weightsNode = yaml(WEIGHTS);
        if (files.drlFiles().isEmpty()) {
            problems.add(new RuleProblem(files.location(), 0, 0, "aucun fichier de règles .drl dans ce dossier"));
        }
        Map<String, ActionDefinition> actions = actionsNode == null ? Map.of() : actions(actionsNode);
        Map<Indicator, IndicatorThreshold> thresholds = thresholdsNode == null ? Map.of() : thresholds(thresholdsNode);
        Weights weights = weightsNode == null ? null : weights(weightsNode);
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (thresholdsNode != null) {
            for (Map.Entry<String, JsonNode> e : thresholdsNode.path("counts").properties()) {
                if (!e.getValue().isInt()) {
                    problems.add(new RuleProblem(THRESHOLDS, 0, 0, "counts." + e.getKey() + " : nombre entier attendu"));
                }
                counts.put(e.getKey(), e.getValue().asInt());
            }
        }
        Map<Lang, Properties> texts = new EnumMap<>(Lang.class);
        texts.put(Lang.FR, properties("i18n/reasons.properties"));
        texts.put(Lang.EN, properties("i18n/reasons_en.properties"));
        Map<Integer, Map<Lang, String>> preconisations = preconisations(meta);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(files.location(), problems);
        }
        return new RuleSet(files, text(meta, "name", RULESET), text(meta, "version", RULESET),
                actions, thresholds, Map.copyOf(counts), weights, new ReasonTexts(texts), preconisations);
    }

    /** The titles of the twelve préconisations, each in every language. */
    private Map<Integer, Map<Lang, String>> preconisations(JsonNode meta) {
        Map<Integer, Map<Lang, String>> out = new TreeMap<>();
        JsonNode node = meta == null ? null : meta.get("preconisations");
        for (int n = 1; n <= RuleSet.PRECONISATIONS; n++) {
            JsonNode p = node == null ? null : node.get(Integer.toString(n));
            Map<Lang, String> titles = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                JsonNode t = p == null ? null : p.get(lang.code());
                if (t == null || !t.isString() || t.asString().isBlank()) {
                    problems.add(new RuleProblem(RULESET, 0, 0,
                            "preconisations." + n + "." + lang.code() + " : intitulé manquant"));
                } else {
                    titles.put(lang, t.asString());
                }
            }
            out.put(n, Map.copyOf(titles));
        }
        return Collections.unmodifiableMap(out);
    }

    private JsonNode yaml(String name) {
        byte[] content = files.file(name);
        if (content == null) {
            problems.add(new RuleProblem(name, 0, 0, "fichier manquant dans le dossier de règles"));
            return null;
        }
        try {
            return YAML.readTree(content);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(name, line, 0, e.getOriginalMessage()));
            return null;
        }
    }

    private Properties properties(String name) {
        Properties p = new Properties();
        byte[] content = files.file(name);
        if (content == null) {
            problems.add(new RuleProblem(name, 0, 0, "fichier manquant dans le dossier de règles"));
            return p;
        }
        try {
            p.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(name, 0, 0, e.getMessage()));
        }
        return p;
    }

    private String text(JsonNode node, String field, String file) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            problems.add(new RuleProblem(file, 0, 0, "champ « " + field + " » manquant ou vide"));
            return "";
        }
        return v.asString();
    }

    private Map<String, ActionDefinition> actions(JsonNode root) {
        Map<String, ActionDefinition> actions = new LinkedHashMap<>();
        JsonNode list = root.get("actions");
        if (list == null || !list.isArray()) {
            problems.add(new RuleProblem(ACTIONS, 0, 0, "la liste « actions » est attendue"));
            return actions;
        }
        for (JsonNode a : list) {
            String id = text(a, "id", ACTIONS);
            String where = "action " + id + " : ";
            List<Integer> precos = new ArrayList<>();
            a.path("preconisations").forEach(n -> precos.add(n.asInt()));
            if (precos.isEmpty() || precos.stream().anyMatch(p -> p < 1 || p > 12)) {
                problems.add(new RuleProblem(ACTIONS, 0, 0, where + "préconisations de 1 à 12 attendues (au moins une)"));
            }
            List<PolicyArea> areas = enums(a.path("policyAreas"), PolicyArea::valueOf, where + "policyAreas");
            List<Actor> actors = enums(a.path("actors"), Actor::valueOf, where + "actors");
            List<Horizon> horizon = enums(YAML.createArrayNode().add(a.path("horizon").asString("")),
                    Horizon::valueOf, where + "horizon");
            if (areas.isEmpty() || actors.isEmpty()) {
                problems.add(new RuleProblem(ACTIONS, 0, 0, where + "au moins un domaine et un acteur"));
            }
            Map<Lang, ActionDefinition.Text> texts = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                JsonNode t = a.path(lang.code());
                texts.put(lang, new ActionDefinition.Text(text(t, "title", ACTIONS + " (" + id + "." + lang.code() + ")"),
                        text(t, "description", ACTIONS + " (" + id + "." + lang.code() + ")")));
            }
            if (actions.containsKey(id)) {
                problems.add(new RuleProblem(ACTIONS, 0, 0, where + "identifiant en double"));
            }
            actions.put(id, new ActionDefinition(id, precos, areas, horizon.isEmpty() ? Horizon.SHORT_TERM : horizon.get(0),
                    actors, texts));
        }
        return actions;
    }

    private <E> List<E> enums(JsonNode array, Function<String, E> parse, String what) {
        List<E> out = new ArrayList<>();
        for (JsonNode n : array) {
            try {
                out.add(parse.apply(n.asString()));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(ACTIONS, 0, 0, what + " : valeur inconnue « " + n.asString() + " »"));
            }
        }
        return out;
    }

    private Map<Indicator, IndicatorThreshold> thresholds(JsonNode root) {
        Map<Indicator, IndicatorThreshold> out = new EnumMap<>(Indicator.class);
        JsonNode indicators = root.path("indicators");
        for (Map.Entry<String, JsonNode> e : indicators.properties()) {
            Indicator indicator = Indicator.byKey(e.getKey()).orElse(null);
            if (indicator == null) {
                problems.add(new RuleProblem(THRESHOLDS, 0, 0, "indicateur inconnu « " + e.getKey() + " »"));
                continue;
            }
            JsonNode t = e.getValue();
            if (!t.path("watch").isNumber()) {
                problems.add(new RuleProblem(THRESHOLDS, 0, 0, e.getKey() + " : seuil « watch » numérique attendu"));
                continue;
            }
            Double alarm = t.path("alarm").isNumber() ? t.path("alarm").asDouble() : null;
            List<PolicyArea> areas = new ArrayList<>();
            for (JsonNode n : t.path("areas")) {
                try {
                    areas.add(PolicyArea.valueOf(n.asString()));
                } catch (IllegalArgumentException ex) {
                    problems.add(new RuleProblem(THRESHOLDS, 0, 0, e.getKey() + " : domaine inconnu « " + n.asString() + " »"));
                }
            }
            out.put(indicator, new IndicatorThreshold(indicator, t.path("watch").asDouble(), alarm, areas,
                    text(t, "source", THRESHOLDS + " (" + e.getKey() + ")")));
        }
        for (Indicator i : Indicator.values()) {
            if (!out.containsKey(i)) {
                problems.add(new RuleProblem(THRESHOLDS, 0, 0, "seuils manquants pour « " + i.key() + " »"));
            }
        }
        return out;
    }

    private Weights weights(JsonNode root) {
        JsonNode l = root.path("levels");
        JsonNode s = root.path("signal");
        Map<String, Double> points = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("points").properties()) {
            if (!e.getValue().isNumber()) {
                problems.add(new RuleProblem(WEIGHTS, 0, 0, "points « " + e.getKey() + " » : nombre attendu"));
            } else if (e.getKey().endsWith("Factor") && (e.getValue().asDouble() < 0 || e.getValue().asDouble() > 1)) {
                // a factor scales points (trigger.corroborationFactor, trigger.indirectFactor)
                problems.add(new RuleProblem(WEIGHTS, 0, 0, "points « " + e.getKey() + " » : fraction entre 0 et 1 attendue"));
            }
            points.put(e.getKey(), e.getValue().asDouble());
        }
        for (String f : List.of("CRITICAL", "HIGH", "MEDIUM")) {
            if (!l.path(f).isNumber()) {
                problems.add(new RuleProblem(WEIGHTS, 0, 0, "levels." + f + " : nombre attendu"));
            }
        }
        for (String f : List.of("watch", "alarm", "max")) {
            if (!s.path(f).isNumber()) {
                problems.add(new RuleProblem(WEIGHTS, 0, 0, "signal." + f + " : nombre attendu"));
            }
        }
        return new Weights(new Weights.LevelBounds(l.path("CRITICAL").asDouble(), l.path("HIGH").asDouble(),
                l.path("MEDIUM").asDouble()),
                new Weights.SignalPoints(s.path("watch").asDouble(), s.path("alarm").asDouble(), s.path("max").asDouble()),
                points);
    }
}
