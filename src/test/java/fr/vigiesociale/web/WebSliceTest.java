package fr.vigiesociale.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A {@code @WebMvcTest} of the web layer: every controller, advice and component of
 * {@code fr.vigiesociale.web}, with the real engine (compiled once and shared by every test class
 * through Spring's context cache), security and i18n — without the server, actuator, springdoc or
 * the live sessions (which need the database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "fr\\.vigiesociale\\.web\\..*"),
        // Live sessions need the database: they are tested with the whole application (web.session tests).
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "fr\\.vigiesociale\\.web\\.session\\..*"))
@Import({EngineConfig.class, SecurityConfig.class, I18nConfig.class})
public @interface WebSliceTest {
}
