package fr.vigiesociale.web.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Polls the rule folder at a fixed interval on a Spring task scheduler of its own (one daemon
 * thread; not a bean, which would stand in for the application's task executor), from the moment
 * the server starts until it stops. Polling rather than file-system events: it sees changes on mounted
 * volumes and network shares too, and reading a rule folder of a hundred kilobytes costs little.
 */
final class RulesWatch implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatch.class);

    private final Optional<RulesReloader> reloader;
    private final Duration interval;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> polling;

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
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("vigie-rules-watch-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        polling = scheduler.scheduleWithFixedDelay(() -> poll(watched), Instant.now().plus(interval), interval);
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
        if (polling != null) {
            polling.cancel(true);
            scheduler.shutdown();
            polling = null;
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return polling != null;
    }
}
