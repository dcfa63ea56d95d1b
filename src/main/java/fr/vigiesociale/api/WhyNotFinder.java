package fr.vigiesociale.api;

import fr.vigiesociale.engine.CompiledRules;
import fr.vigiesociale.engine.RuleSpec;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.ActionDefinition;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Numbers;
import fr.vigiesociale.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Why not?": for every action not proposed, its trigger rules ordered by how close the facts are
 * to firing them. A signal rule on a known indicator says the value and the watch threshold
 * ("aide alimentaire +12 %, vigilance dès +15 %"), on an unknown one that knowing it could fire
 * the rule; any other rule gives its trigger, which the facts do not meet.
 */
final class WhyNotFinder {

    /** The reasons shown per action: the nearest ways to propose it. */
    private static final int SHOWN = 3;

    private WhyNotFinder() {
    }

    static List<NotProposed> find(CompiledRules rules, Scenario scenario, List<AssessedAction> proposed, Lang lang) {
        Messages m = Messages.of(lang);
        Set<String> ids = proposed.stream().map(AssessedAction::id).collect(Collectors.toSet());
        Map<String, Object> fields = scenario.fields();
        List<NotProposed> out = new ArrayList<>();
        for (ActionDefinition d : rules.ruleSet().actions().values()) {
            if (ids.contains(d.id())) {
                continue;
            }
            List<NotProposed.Why> whys = new ArrayList<>();
            for (RuleSpec r : rules.triggersOf(d.id())) {
                whys.add(why(rules, r, fields, m));
            }
            if (!whys.isEmpty()) {
                whys.sort(Comparator.comparingInt((NotProposed.Why w) -> w.indicator() == null ? 2 : w.value() == null ? 1 : 0)
                        .thenComparingDouble(NotProposed.Why::distance).thenComparing(NotProposed.Why::rule));
                out.add(new NotProposed(d.id(), d.text(lang, scenario).title(),
                        whys.subList(0, Math.min(SHOWN, whys.size()))));
            }
        }
        return out;
    }

    private static NotProposed.Why why(CompiledRules rules, RuleSpec r, Map<String, Object> fields, Messages m) {
        String name = r.name(m.lang());
        if (r.kind().fromSignal()) {
            Indicator indicator = r.reads().stream().map(p -> p.startsWith("indicators.") ? p.substring(11) : null)
                    .filter(k -> k != null).map(k -> Indicator.byKey(k).orElse(null)).filter(i -> i != null)
                    .findFirst().orElse(null);
            IndicatorThreshold t = indicator == null ? null : rules.ruleSet().thresholds().get(indicator);
            if (t != null) {
                String label = m.get("indicator." + indicator.key());
                Object v = fields.get(indicator.path());
                if (v instanceof Number n) {
                    double value = n.doubleValue();
                    double span = t.alarm() == null ? Math.max(1, Math.abs(t.watch())) : Math.abs(t.alarm() - t.watch());
                    boolean pastWatch = t.reaches(value, t.watch());
                    boolean belowAlarm = pastWatch && t.alarm() != null && !t.reaches(value, t.alarm());
                    double target = belowAlarm ? t.alarm() : t.watch();
                    double distance = pastWatch && !belowAlarm ? 0 : Math.abs(target - value) / span;
                    String text = belowAlarm
                            ? m.get("whyNot.belowAlarm", label, num(value, m), num(t.alarm(), m), r.trigger(m.lang()))
                            : pastWatch ? m.get("whyNot.otherConditions", label, num(value, m), r.trigger(m.lang()))
                            : m.get("whyNot.belowWatch", label, num(value, m), num(t.watch(), m));
                    return new NotProposed.Why(name, text, indicator.key(), value, t.watch(), distance);
                }
                return new NotProposed.Why(name, m.get("whyNot.unknown", label), indicator.key(), null, t.watch(), 0);
            }
        }
        return new NotProposed.Why(name, m.get("whyNot.conditions", r.trigger(m.lang())), null, null, null, 0);
    }

    private static String num(double d, Messages m) {
        return m.number(Numbers.plain(d));
    }
}
