package fr.vigiesociale.web.rules;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.RuleProblem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/rules} (the group of this one contributor, {@code ruleset}, with its details shown): the rule set served (name, version, SHA-256, since when) and,
 * when the last change of the rule folder was refused, its files, lines and messages. Always UP
 * while a rule set serves: a refused change does not stop the service, it is reported.
 */
@Component("ruleset")
class RulesHealth implements HealthIndicator {

    private final ServedRules served;

    RulesHealth(ServedRules served) {
        this.served = served;
    }

    @Override
    public Health health() {
        RulesStatus s = served.status();
        Health.Builder h = Health.up()
                .withDetail("ruleset", s.active().name())
                .withDetail("version", s.active().version())
                .withDetail("sha256", s.active().sha256())
                .withDetail("rules", s.active().rules())
                .withDetail("since", s.loadedAt().toString())
                .withDetail("source", s.watched() ? String.valueOf(Path.of(s.folder()).getFileName()) : "bundled")
                .withDetail("reload", !s.watched() ? "off" : s.lastFailure() == null ? "ok" : "refused");
        if (s.lastFailure() != null) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("at", s.lastFailure().at().toString());
            failure.put("sha256", s.lastFailure().sha256());
            failure.put("problems", s.lastFailure().problems().stream().map(RulesHealth::problem).toList());
            h.withDetail("refusedChange", failure);
        }
        return h.build();
    }

    private static Map<String, Object> problem(RuleProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("message", p.message(Lang.FR));
        return m;
    }
}
