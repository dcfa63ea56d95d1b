package fr.vigiesociale.session;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session feature's wiring: the clock that timestamps decisions and the trainer's moves. */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /** Microseconds: what H2 and PostgreSQL timestamps keep, so a saved record equals the one read back. */
    /** Static: a bean factory post-processor, made before the other beans (the database among them). */
    @Bean
    static PrivateDataDirectory privateDataDirectory(org.springframework.core.env.Environment environment) {
        return new PrivateDataDirectory(environment);
    }

    /** Picked up by Spring Boot's Flyway set-up: databases migrated before a comment was reworded still start. */
    @Bean
    MigrationChecksums migrationChecksums() {
        return new MigrationChecksums();
    }

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
