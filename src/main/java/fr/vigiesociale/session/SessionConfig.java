package fr.vigiesociale.session;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session feature's wiring: the clock that timestamps decisions and the trainer's moves. */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /** Microseconds: what H2 and PostgreSQL timestamps keep, so a saved record equals the one read back. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
