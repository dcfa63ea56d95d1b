package fr.vigiesociale.web.session;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Trainer accounts come from configuration: {@code vigie.trainers.<name>=<hash>}, the hash in
 * Spring Security's form ({@code {bcrypt}$2a$10$…}, made with {@code java -jar vigie-sociale.jar
 * password-hash}). Passwords are never stored in clear. There is none by default: the account
 * {@code formateur} / {@code formateur} exists only in the {@code demo} profile, for a first try on
 * one's own machine; without any account, the log and the sign-in page say how to make one.
 */
@Configuration(proxyBeanMethods = false)
class TrainerAccounts {

    static final String ROLE = "TRAINER";
    static final String DEFAULT_HASH = "{bcrypt}$2a$10$zIMof1OD79ReFSy7fWFHleFXyW2BihtZ0xa.L36xQyP2a3LinSkp6";
    private static final Logger LOG = LoggerFactory.getLogger(TrainerAccounts.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService trainers(Environment env) {
        Map<String, String> accounts = Binder.get(env).bind("vigie.trainers", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        if (accounts.isEmpty()) {
            LOG.warn("No trainer account: nobody can open a live session. Make a password hash with "
                    + "'java -jar vigie-sociale.jar password-hash', then start with --vigie.trainers.<name>=<hash> "
                    + "(or VIGIE_TRAINERS_<NAME>=<hash>); for a first try on your own machine, the demo profile "
                    + "(--spring.profiles.active=demo) has the account formateur / formateur.");
        }
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        accounts.forEach((name, hash) -> {
            if (hash.equals(DEFAULT_HASH)) {
                LOG.warn("Trainer account '{}' still has the bundled password: set vigie.trainers.{} to your own hash "
                        + "(java -jar vigie-sociale.jar password-hash).", name, name);
            }
            users.createUser(User.withUsername(name).password(hash).roles(ROLE).build());
        });
        return users;
    }

    /** Whether any trainer can sign in (the sign-in page says how to make an account otherwise). */
    static boolean any(Environment env) {
        return !Binder.get(env).bind("vigie.trainers", Bindable.mapOf(String.class, String.class)).orElse(Map.of()).isEmpty();
    }
}
