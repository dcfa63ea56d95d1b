package fr.vigiesociale.session;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session feature's wiring: the clock that timestamps decisions and the trainer's moves, and the fan-out across instances. */
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

    /**
     * With several instances on one PostgreSQL (the postgres profile sets it), each one's live pages
     * also hear the changes made on the others.
     */
    @Bean
    @ConditionalOnProperty(name = "vigie.sessions.fan-out", havingValue = "postgres")
    PostgresFanOut postgresFanOut(DataSource dataSource, ApplicationEventPublisher publisher) {
        return new PostgresFanOut(dataSource, publisher);
    }

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
