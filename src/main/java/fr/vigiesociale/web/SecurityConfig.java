package fr.vigiesociale.web;

import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.web.session.ParticipantAuthentication;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Managers do not sign in. Trainers do, to run live sessions ({@code /formateur/**}, form login,
 * accounts from configuration); participants are recognised by the token their browser got when
 * they joined ({@code /participant/**}). The usual protections everywhere: CSRF tokens on every
 * page form, a strict Content-Security-Policy (scripts only from this site, none inline), no
 * framing, no referrer leaks. The REST API takes no cookies and no session, so CSRF does not
 * apply to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    static final String TRAINER_LOGIN = "/formateur/connexion";
    static final String JOIN = "/rejoindre";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SessionService> sessions,
                                           ObjectProvider<fr.vigiesociale.web.session.GuessLimits> limits) throws Exception {
        fr.vigiesociale.web.session.GuessLimits guesses = limits.getIfAvailable(() -> new fr.vigiesociale.web.session.GuessLimits(java.time.Clock.systemUTC()));
        fr.vigiesociale.web.session.SignInGuard guard = new fr.vigiesociale.web.session.SignInGuard(guesses, TRAINER_LOGIN, "/formateur");
        http.authorizeHttpRequests(auth -> auth
                        // The request was authorised when it came in; its async (event stream) and error dispatches are not re-checked.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(TRAINER_LOGIN).permitAll()
                        .requestMatchers("/formateur/**").hasRole("TRAINER")
                        .requestMatchers("/participant/**").hasRole("PARTICIPANT")
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // no page needs the camera, the microphone, the position or payments
                        .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Permissions-Policy", PERMISSIONS_POLICY)))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.loginPage(TRAINER_LOGIN).successHandler(guard).failureHandler(guard).permitAll())
                .logout(logout -> logout.logoutUrl("/formateur/deconnexion").logoutSuccessUrl("/"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(TRAINER_LOGIN),
                                PathPatternRequestMatcher.withDefaults().matcher("/formateur/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(JOIN),
                                PathPatternRequestMatcher.withDefaults().matcher("/participant/**")));
        http.addFilterBefore(guard, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        SessionService service = sessions.getIfAvailable();
        if (service != null) {
            http.addFilterBefore(new ParticipantAuthentication(service), AuthorizationFilter.class);
        }
        return http.build();
    }
}
