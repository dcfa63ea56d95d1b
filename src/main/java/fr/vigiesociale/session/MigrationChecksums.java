package fr.vigiesociale.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Flyway checksums every applied migration, comments included, and refuses to start when a file
 * no longer matches. When a migration's comment is reworded (never its SQL), the checksum it had
 * is listed here with the one it has now; before validating, a database that applied the old text
 * has its recorded checksum moved to the new one, and nothing else. Any other mismatch still stops
 * the start-up, as Flyway means it to.
 */
final class MigrationChecksums implements Callback {

    /** Version → {checksum of the text applied before, checksum of the text now}. */
    static final Map<String, int[]> REWORDED = Map.of(
            // V1: its first comment line reworded
            "1", new int[] {-502_734_493, -1_469_904_048});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        Connection c = context.getConnection();
        try {
            if (!exists(c, table)) {
                return; // a new database: nothing applied yet
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE \"" + table
                    + "\" SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
                for (Map.Entry<String, int[]> e : REWORDED.entrySet()) {
                    update.setInt(1, e.getValue()[1]);
                    update.setString(2, e.getKey());
                    update.setInt(3, e.getValue()[0]);
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot bring the checksums of reworded migrations up to date", e);
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, null, table, null)) {
            return r.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "reworded-migration-checksums";
    }
}
