package fr.vigiesociale.web.session;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The limits on guessing a trainer's password and a session's join code, as
 * {@link GuessLimitSettings} sets them ({@code vigie.guess-limits.*}).
 */
@Component
public class GuessLimits {

    private final FailedAttempts signIn;
    private final FailedAttempts joinCodes;

    @Autowired
    public GuessLimits(Clock clock, GuessLimitSettings settings) {
        this.signIn = attempts(settings.signIn(), clock);
        this.joinCodes = attempts(settings.joinCode(), clock);
    }

    /** The default limits. */
    public GuessLimits(Clock clock) {
        this(clock, GuessLimitSettings.DEFAULTS);
    }

    private static FailedAttempts attempts(GuessLimitSettings.Limit limit, Clock clock) {
        return new FailedAttempts(limit.perClient(), limit.overall(), limit.window(), clock);
    }

    public FailedAttempts signIn() {
        return signIn;
    }

    FailedAttempts joinCodes() {
        return joinCodes;
    }

    /** Minutes to tell a user to wait, rounded up: never "0 minute". */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
