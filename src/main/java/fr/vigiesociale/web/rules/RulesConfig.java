package fr.vigiesociale.web.rules;

import fr.vigiesociale.api.VigieSociale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule base every request uses. {@code vigie.rules-dir} serves another rule folder instead of
 * the bundled one (like the command line's {@code --rules}); that folder is then watched, every
 * {@code vigie.rules-reload.interval}, unless {@code vigie.rules-reload.enabled=false}. A folder
 * that does not load at start-up stops the start with its problems; later, it is only reported.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfig {

    @Bean
    ReloadableRuleBase ruleBase(@Value("${vigie.rules-dir:}") String rulesDir) {
        return new ReloadableRuleBase(rulesDir.isBlank() ? VigieSociale.bundledRules() : VigieSociale.loadRules(Path.of(rulesDir)));
    }

    @Bean
    ServedRules servedRules(ReloadableRuleBase base, @Value("${vigie.rules-dir:}") String rulesDir,
                            @Value("${vigie.rules-reload.enabled:true}") boolean reload, ObjectProvider<ReloadCheck> checks) {
        Clock clock = Clock.systemUTC();
        RulesReloader reloader = rulesDir.isBlank() || !reload ? null
                : new RulesReloader(Path.of(rulesDir), base, checks.orderedStream().toList(), clock);
        return new ServedRules(base, reloader, clock.instant());
    }

    @Bean
    RulesWatch rulesWatch(ServedRules served, @Value("${vigie.rules-reload.interval:2s}") Duration interval) {
        return new RulesWatch(served.reloader(), interval);
    }
}
