package fr.vigiesociale.web.session;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The limits on guessing: a trainer's password (5 wrong per address, 100 in all, in 15 minutes)
 * and a session's join code (10 wrong per address, 300 in all, in 10 minutes — a room of people
 * mistyping the code stays far below).
 */
@Component
public class GuessLimits {

    private final FailedAttempts signIn;
    private final FailedAttempts joinCodes;

    public GuessLimits(Clock clock) {
        this.signIn = new FailedAttempts(5, 100, Duration.ofMinutes(15), clock);
        this.joinCodes = new FailedAttempts(10, 300, Duration.ofMinutes(10), clock);
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
