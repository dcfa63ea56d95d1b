package fr.vigiesociale.web;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.web.support.Langs;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages of the pages: French by default, English with {@code ?lang=en} (the switch in every
 * page's header), remembered in a cookie. Pages read the same bundles as the command line
 * ({@code i18n/messages*.properties}) through {@link Messages}, so French apostrophes need no
 * MessageFormat escaping and a text is written once for every front end.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("vigie-lang");
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                // only the languages the bundles have: "?lang=xx" must not be remembered for a year
                String value = request.getParameter(getParamName());
                return value != null && Lang.parse(value).isEmpty()
                        || super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    @Bean
    MessageSource messageSource() {
        return new BundleMessageSource();
    }

    /** Spring's view of {@link Messages}: a missing key is reported as missing, never invented. */
    static final class BundleMessageSource implements MessageSource {

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            Messages m = Messages.of(Langs.of(locale));
            return code != null && m.has(code) ? m.get(code, args == null ? new Object[0] : args) : defaultMessage;
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) {
            String text = getMessage(code, args, null, locale);
            if (text == null) {
                throw new NoSuchMessageException(code, locale);
            }
            return text;
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            String[] codes = resolvable.getCodes();
            if (codes != null) {
                for (String code : codes) {
                    String text = getMessage(code, resolvable.getArguments(), null, locale);
                    if (text != null) {
                        return text;
                    }
                }
            }
            if (resolvable.getDefaultMessage() != null) {
                return resolvable.getDefaultMessage();
            }
            throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0], locale);
        }
    }
}
