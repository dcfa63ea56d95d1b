package fr.vigiesociale.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong guesses: counted per client and in all, forgotten once out of the window, cleared by a right one. */
class FailedAttemptsTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void aClientWaitsUntilItsOldestWrongGuessLeavesTheWindow() {
        FailedAttempts a = new FailedAttempts(3, 100, Duration.ofMinutes(10), clock);
        a.failed("1.2.3.4");
        now = now.plus(Duration.ofMinutes(2));
        a.failed("1.2.3.4");
        assertThat(a.waitFor("1.2.3.4")).isZero(); // two of three: not yet
        a.failed("1.2.3.4");
        assertThat(a.waitFor("1.2.3.4")).isEqualTo(Duration.ofMinutes(8));
        assertThat(a.waitFor("5.6.7.8")).isZero();
        now = now.plus(Duration.ofMinutes(8));
        assertThat(a.waitFor("1.2.3.4")).isZero(); // the first guess left the window
        a.failed("1.2.3.4");
        a.succeeded("1.2.3.4");
        assertThat(a.waitFor("1.2.3.4")).isZero();
    }

    @Test
    void guessesSpreadOverManyAddressesSlowEveryoneDown() {
        FailedAttempts a = new FailedAttempts(3, 5, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 5; i++) {
            a.failed("10.0.0." + i);
        }
        assertThat(a.waitFor("10.0.0.99")).isEqualTo(Duration.ofMinutes(10));
        assertThat(GuessLimits.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(GuessLimits.minutes(Duration.ofSeconds(1))).isEqualTo(1);
    }
}
