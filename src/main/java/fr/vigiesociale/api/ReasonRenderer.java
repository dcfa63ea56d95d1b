package fr.vigiesociale.api;

import fr.vigiesociale.engine.Contribution;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.RuleSet;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.FieldType;
import fr.vigiesociale.scenario.Numbers;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a contribution into a sentence: the rule set's reason template for the language, with
 * {@code {param}} and {@code {scenario.path}} placeholders replaced by readable values
 * (enum values and booleans through the message bundle, French decimal commas).
 */
final class ReasonRenderer {

    private final RuleSet ruleSet;
    private final Messages messages;

    ReasonRenderer(RuleSet ruleSet, Lang lang) {
        this.ruleSet = ruleSet;
        this.messages = Messages.of(lang);
    }

    String text(Contribution c) {
        String text = ruleSet.reasons().template(messages.lang(), c.reasonKey());
        if (c.indirect()) {
            text = text + " " + ruleSet.reasons().template(messages.lang(), Contribution.INDIRECT_REASON);
        }
        if (c.corroborating()) {
            text = text + " " + ruleSet.reasons().template(messages.lang(), Contribution.CORROBORATING_REASON);
        }
        for (Map.Entry<String, String> p : c.params().entrySet()) {
            String value = p.getKey().equals("indicators") ? indicatorList(p.getValue()) : messages.number(p.getValue());
            text = text.replace("{" + p.getKey() + "}", value);
        }
        for (Map.Entry<String, Object> f : c.facts().entrySet()) {
            text = text.replace("{" + f.getKey() + "}", value(f.getKey(), f.getValue()));
        }
        return text;
    }

    /** A scenario value as a reader wants it: "aiguë" for {@code ACUTE}, "non" for {@code false}. */
    String value(String path, Object value) {
        if (value instanceof Boolean b) {
            return messages.get(b ? "value.true" : "value.false");
        }
        if (value instanceof Number n) {
            return messages.number(Numbers.plain(n.doubleValue()));
        }
        Optional<FieldSpec> spec = ScenarioFields.byPath(path);
        if (spec.isPresent() && spec.get().type() == FieldType.ENUM) {
            return messages.get("value." + path + "." + value);
        }
        return String.valueOf(value);
    }

    private String indicatorList(String keys) {
        // a rule may read zero signals (no indicator known at all): an empty list, not an empty key
        return Arrays.stream(keys.split(",")).filter(k -> !k.isEmpty()).map(k -> messages.get("indicator." + k))
                .collect(Collectors.joining(", "));
    }
}
