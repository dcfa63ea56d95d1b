package fr.vigiesociale.scenario;

import java.math.BigDecimal;

/** Plain number formatting shared by messages and outputs: no exponent, no useless ".0". */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 80.0 -> "80"}, {@code 12.5 -> "12.5"}, {@code -25.0 -> "-25"}. */
    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
