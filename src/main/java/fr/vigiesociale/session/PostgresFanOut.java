package fr.vigiesociale.session;

import fr.vigiesociale.session.SessionService.SessionChanged;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live-session events shared by every instance of the application on one PostgreSQL database.
 * Each change made here is also sent with {@code NOTIFY} on {@value #CHANNEL}, inside the change's
 * own transaction: PostgreSQL delivers it only once that transaction commits, and never if it rolls
 * back. Each instance {@code LISTEN}s on a connection of its own and turns the other instances'
 * notifications into {@link RemoteSessionChange} events, which its live pages get like their own.
 */
public final class PostgresFanOut implements SmartLifecycle {

    static final String CHANNEL = "vigie_sessions";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresFanOut.class);
    private static final int WAIT_MS = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    public PostgresFanOut(DataSource dataSource, ApplicationEventPublisher publisher) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.publisher = publisher;
    }

    /** Sent in the transaction of the change when there is one (the service's methods), else at once. */
    @EventListener
    void changed(SessionChanged event) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, instance + ":" + event.sessionId());
    }

    /** Whether this instance hears the others now (false while it connects again after a lost connection). */
    public boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "vigie-sessions-listen");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                LOG.info("Sessions en direct partagées par PostgreSQL (canal {}) : cette instance entend les autres", CHANNEL);
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            receive(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    LOG.warn("Écoute des autres instances interrompue ({}) : nouvelle tentative dans 2 s", e.getMessage());
                    pause();
                }
            }
        }
        listening = false;
    }

    /** {@code instance:sessionId}; this instance's own changes already reached its pages. */
    private void receive(String payload) {
        int colon = payload.lastIndexOf(':');
        if (colon < 0 || payload.substring(0, colon).equals(instance)) {
            return;
        }
        try {
            publisher.publishEvent(new RemoteSessionChange(Long.parseLong(payload.substring(colon + 1))));
        } catch (NumberFormatException e) {
            LOG.warn("Notification ignorée sur {} : « {} »", CHANNEL, payload);
        } catch (RuntimeException e) {
            LOG.warn("Une page en direct n'a pas pu être prévenue d'un changement venu d'une autre instance", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
