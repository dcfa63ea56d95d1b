package fr.vigiesociale.api;

import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.engine.RuleKind;
import fr.vigiesociale.engine.Scoring;
import fr.vigiesociale.engine.Signal;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.FieldType;
import fr.vigiesociale.scenario.Numbers;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a contribution into a sentence: the rule set's reason template for the language, with
 * {@code {param}} and {@code {scenario.path}} placeholders replaced by readable values
 * (enum values and booleans through the message bundle, French decimal commas). The rule base
 * checked when it loaded that every placeholder of every template can be filled.
 */
final class ReasonRenderer {

    private final RuleSet ruleSet;
    private final Messages messages;

    ReasonRenderer(RuleSet ruleSet, Lang lang) {
        this.ruleSet = ruleSet;
        this.messages = Messages.of(lang);
    }

    String text(Contribution c, Map<String, Object> facts) {
        Lang lang = messages.lang();
        StringBuilder template = new StringBuilder(ruleSet.reasons().template(lang, c.reasonKey()));
        if (c.indirect()) {
            template.append(' ').append(ruleSet.reasons().template(lang, "indirect"));
        }
        if (c.corroborating()) {
            template.append(' ').append(ruleSet.reasons().template(lang, "corroborating"));
        }
        if (c.contextShared()) {
            template.append(' ').append(ruleSet.reasons().template(lang, "contextShare"));
        }
        String text = template.toString();
        for (Map.Entry<String, String> p : params(c).entrySet()) {
            text = text.replace("{" + p.getKey() + "}", p.getValue());
        }
        for (String cited : c.rule().cites()) {
            Object v = facts.get(cited);
            text = text.replace("{" + cited + "}", v == null ? messages.get("value.unknown") : phrase(cited, v));
        }
        return text;
    }

    /** The values a contribution's kind gives its text ({@link RuleKind#placeholders()}), written for the reader. */
    private Map<String, String> params(Contribution c) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String name : c.kind().placeholders()) {
            String v = param(name, c);
            if (v != null) {
                p.put(name, v);
            }
        }
        if (c.indirect()) {
            p.put(Contribution.INDIRECT_PERCENT, number(c.rule().points() * 100));
        }
        if (c.corroborated() != null) {
            p.put(Contribution.FULL_POINTS, number(c.corroborated().fullPoints()));
            p.put(Contribution.PERCENT, number(Math.round(c.corroborated().factor() * 100)));
        }
        if (c.contextShared()) {
            p.put(Contribution.MAX_PERCENT, number(ruleSet.weights().points().get(Scoring.CONTEXT_SHARE) * 100));
        }
        return p;
    }

    /** One placeholder's value, {@code null} when the contribution has none (an indicator without alarm). */
    private String param(String name, Contribution c) {
        IndicatorThreshold t = c.signals().isEmpty() ? null : c.signals().get(0).threshold();
        return switch (name) {
            case "value" -> number(c.signals().get(0).value());
            case "watch" -> number(t.watch());
            case "alarm" -> t.alarm() == null ? null : number(t.alarm());
            case "count" -> Integer.toString(c.signals().size());
            case "areas" -> Integer.toString(Signal.areasTouched(c.signals()));
            case "areaNames" -> Signal.areaList(c.signals()).stream().map(a -> messages.get("area." + a))
                    .collect(Collectors.joining(", "));
            case "publics" -> ruleSet.action(c.action()).map(d -> Signal.publicsShared(c.signals(), d.publics()).stream()
                    .map(x -> messages.get("public." + x)).collect(Collectors.joining(", "))).orElse("");
            case "indicators" -> c.signals().stream().map(s -> messages.get("indicator." + s.indicator().key()))
                    .collect(Collectors.joining(", "));
            default -> throw new IllegalStateException("placeholder {" + name + "} has no value");
        };
    }

    private String number(double d) {
        return messages.number(Numbers.plain(d));
    }

    /** A value inside a reason's sentence: its phrase form where one exists ("phase d'alerte"), else its label. */
    private String phrase(String path, Object value) {
        String key = "phrase." + path + "." + (value instanceof Enum<?> e ? e.name() : value);
        return messages.has(key) ? messages.get(key) : value(path, value);
    }

    /** A scenario value as a reader wants it: "aiguë" for {@code ACUTE}, "non" for {@code false}. */
    String value(String path, Object value) {
        if (value instanceof Boolean b) {
            return messages.get(b ? "value.true" : "value.false");
        }
        if (value instanceof Number n) {
            // large whole numbers (a population) grouped by thousands, as a reader writes them
            if (n.doubleValue() >= 10_000 && n.doubleValue() == Math.rint(n.doubleValue())) {
                return String.format(messages.lang() == Lang.FR ? java.util.Locale.FRANCE : java.util.Locale.ENGLISH,
                        "%,d", n.longValue()).replace('\u202f', ' ').replace('\u00a0', ' ');
            }
            return number(n.doubleValue());
        }
        Optional<FieldSpec> spec = ScenarioFields.byPath(path);
        if (spec.isPresent() && spec.get().type() == FieldType.ENUM) {
            return messages.get("value." + path + "." + value);
        }
        return String.valueOf(value);
    }
}
