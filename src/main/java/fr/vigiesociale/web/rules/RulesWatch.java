package fr.vigiesociale.web.rules;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the rule folder at a fixed interval on one background thread, from the moment the server
 * starts until it stops. Polling rather than file-system events: it sees changes on mounted
 * volumes and network shares too, and reading a rule folder of a hundred kilobytes costs little.
 */
final class RulesWatch implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatch.class);

    private final Optional<RulesReloader> reloader;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /** {@code reloader} empty: the bundled rules, never reloaded, and nothing to watch. */
    RulesWatch(Optional<RulesReloader> reloader, Duration interval) {
        this.reloader = reloader;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (reloader.isEmpty()) {
            return;
        }
        RulesReloader watched = reloader.get();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigie-rules-watch");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> poll(watched), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Le dossier de règles {} est surveillé (toutes les {} ms) : une modification est vérifiée puis servie sans redémarrer",
                watched.status().folder(), interval.toMillis());
    }

    private static void poll(RulesReloader watched) {
        try {
            watched.poll();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("La surveillance du dossier de règles a rencontré une erreur ; elle continue", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
