package fr.vigiesociale.web.support;

import fr.vigiesociale.i18n.Lang;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The language of the current request: English when the locale says so, French otherwise. */
public final class Langs {

    private Langs() {
    }

    public static Lang of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Lang.EN : Lang.FR;
    }

    /** The language chosen for the request being served (switch, cookie, then French). */
    public static Lang current() {
        return of(LocaleContextHolder.getLocale());
    }
}
