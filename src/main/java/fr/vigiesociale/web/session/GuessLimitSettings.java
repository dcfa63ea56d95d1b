package fr.vigiesociale.web.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits on guessing, set by {@code vigie.guess-limits.*}: wrong guesses per client address
 * and in all over a sliding window, for a trainer's password and for a session's join code.
 */
@ConfigurationProperties("vigie.guess-limits")
public record GuessLimitSettings(Limit signIn, Limit joinCode) {

    /** A trainer's password: 5 wrong per address, 100 in all, in 15 minutes. */
    private static final Limit SIGN_IN = new Limit(5, 100, Duration.ofMinutes(15));
    /** A session's join code: 10 wrong per address, 300 in all, in 10 minutes (a room of people
     * mistyping the code stays far below). */
    private static final Limit JOIN_CODE = new Limit(10, 300, Duration.ofMinutes(10));

    public static final GuessLimitSettings DEFAULTS = new GuessLimitSettings(SIGN_IN, JOIN_CODE);

    /** A limit not set keeps its default. */
    public GuessLimitSettings {
        signIn = signIn == null ? SIGN_IN : signIn;
        joinCode = joinCode == null ? JOIN_CODE : joinCode;
    }

    /** Wrong guesses allowed per client and in all within {@code window}. */
    public record Limit(int perClient, int overall, Duration window) {

        public Limit {
            if (perClient < 1 || overall < perClient || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("vigie.guess-limits : perClient >= 1, overall >= perClient et une "
                        + "fenêtre positive (window) sont attendus ; reçu perClient=" + perClient + ", overall=" + overall
                        + ", window=" + window);
            }
        }
    }
}
