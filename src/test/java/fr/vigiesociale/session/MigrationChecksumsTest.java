package fr.vigiesociale.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/** A database migrated before a migration's comment was reworded still starts; any other mismatch still stops it. */
class MigrationChecksumsTest {

    private final String url = "jdbc:h2:mem:checksums" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    private Flyway flyway(boolean withCallback) {
        var config = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
        return (withCallback ? config.callbacks(new MigrationChecksums()) : config).load();
    }

    private int recorded() throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private void record(int checksum) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = " + checksum + " WHERE \"version\" = '1'");
        }
    }

    @Test
    void theTextOfV1IsTheOneListedAsCurrent() throws Exception {
        flyway(true).migrate();
        assertThat(recorded()).isEqualTo(MigrationChecksums.REWORDED.get("1")[1]);
    }

    @Test
    void aDatabaseThatAppliedTheOldCommentValidatesAndOnlyThat() throws Exception {
        flyway(true).migrate();
        record(MigrationChecksums.REWORDED.get("1")[0]);
        assertThatThrownBy(() -> flyway(false).validate()).isInstanceOf(FlywayException.class);
        flyway(true).validate();
        assertThat(recorded()).isEqualTo(MigrationChecksums.REWORDED.get("1")[1]);
        // an unknown checksum is a real change: still refused
        record(12345);
        assertThatThrownBy(() -> flyway(true).validate()).isInstanceOf(FlywayException.class);
    }
}
