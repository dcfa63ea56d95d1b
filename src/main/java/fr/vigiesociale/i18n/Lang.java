package fr.vigiesociale.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the user-facing texts. French first. */
public enum Lang {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code "fr"} or {@code "en"} (any case); empty for anything else. */
    public static Optional<Lang> parse(String code) {
        for (Lang l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
