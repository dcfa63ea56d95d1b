package fr.vigiesociale.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits on guessing are configuration: set by properties, their defaults otherwise, checked when read. */
class GuessLimitSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GuessLimitSettings.class)
    static class Limits {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        GuessLimits guessLimits(Clock clock, GuessLimitSettings settings) {
            return new GuessLimits(clock, settings);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Limits.class);

    @Test
    void aDeploymentSetsItsOwnLimitsAndKeepsTheDefaultsOfTheOthers() {
        runner.withPropertyValues("vigie.guess-limits.sign-in.per-client=2", "vigie.guess-limits.sign-in.overall=50",
                "vigie.guess-limits.sign-in.window=30m").run(context -> {
            GuessLimitSettings settings = context.getBean(GuessLimitSettings.class);
            assertThat(settings.signIn()).isEqualTo(new GuessLimitSettings.Limit(2, 50, Duration.ofMinutes(30)));
            assertThat(settings.joinCode()).isEqualTo(GuessLimitSettings.DEFAULTS.joinCode());
            FailedAttempts signIn = context.getBean(GuessLimits.class).signIn();
            signIn.failed("1.2.3.4");
            assertThat(signIn.waitFor("1.2.3.4")).isZero();
            signIn.failed("1.2.3.4");
            assertThat(signIn.waitFor("1.2.3.4")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(30));
        });
    }

    @Test
    void aLimitThatCannotWorkStopsTheStartWithWhatIsExpected() {
        runner.withPropertyValues("vigie.guess-limits.join-code.per-client=0", "vigie.guess-limits.join-code.overall=300",
                "vigie.guess-limits.join-code.window=10m").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("perClient >= 1");
        });
    }
}
