package fr.vigiesociale.web.rules;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served rule base in step with its folder. Each {@link #poll()} reads the folder; once
 * its content has stayed the same for two polls in a row (an editor or a copy has finished
 * writing), a new content is compiled and checked, off the request threads, then swapped in at
 * once. A content that does not load leaves the current base serving and is reported with its
 * files, lines and messages until the folder changes again.
 */
public final class RulesReloader {

    private static final Logger LOG = LoggerFactory.getLogger(RulesReloader.class);
    private static final String UNREADABLE = "";

    private final Path folder;
    private final ReloadableRuleBase target;
    private final List<ReloadCheck> checks;
    private final Clock clock;
    private String seen;
    private String tried;
    private volatile RulesStatus status;

    public RulesReloader(Path folder, ReloadableRuleBase target, List<ReloadCheck> checks, Clock clock) {
        this.folder = folder;
        this.target = target;
        this.checks = List.copyOf(checks);
        this.clock = clock;
        this.seen = target.info().sha256();
        this.tried = seen;
        this.status = new RulesStatus(folder.toString(), target.info(), clock.instant(), null);
    }

    public RulesStatus status() {
        return status;
    }

    /** Looks at the folder once, and reloads it if it changed and has settled. */
    public synchronized void poll() {
        RuleSetFiles files;
        List<RuleProblem> unreadable = List.of();
        String key;
        try {
            files = RuleSetFiles.fromDirectory(folder);
            key = files.sha256();
        } catch (RuleBaseException e) {
            files = null;
            unreadable = e.problems();
            key = UNREADABLE;
        } catch (UncheckedIOException e) {
            return; // a file vanished while being read: a copy or a save is under way
        }
        boolean settled = key.equals(seen);
        seen = key;
        if (!settled || key.equals(tried)) {
            return;
        }
        tried = key;
        if (files == null) {
            refuse(key, unreadable);
        } else if (key.equals(target.info().sha256())) {
            status = status.cleared();
            LOG.info("Le dossier de règles {} est revenu aux règles servies ({})", folder, shortSha(key));
        } else {
            load(files);
        }
    }

    private void load(RuleSetFiles files) {
        long start = System.nanoTime();
        RuleBase candidate;
        try {
            candidate = VigieSociale.loadRules(files);
        } catch (RuleBaseException e) {
            refuse(files.sha256(), e.problems());
            return;
        } catch (RuntimeException e) {
            LOG.warn("Les règles de {} n'ont pas pu être compilées ; les règles servies restent en place", folder, e);
            refuse(files.sha256(), List.of(RuleProblem.of(String.valueOf(folder.getFileName()), 0, "unexpected")));
            return;
        }
        List<RuleProblem> problems = new ArrayList<>();
        checks.forEach(c -> problems.addAll(c.problems(candidate)));
        if (!problems.isEmpty()) {
            refuse(files.sha256(), problems);
            return;
        }
        String before = target.info().sha256();
        target.replace(candidate);
        status = status.loaded(candidate.info(), clock.instant());
        LOG.info("Règles rechargées depuis {} : {} v{}, {} règles, {} → {} ({} ms)", folder, candidate.info().name(),
                candidate.info().version(), candidate.info().rules(), shortSha(before), shortSha(candidate.info().sha256()),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private void refuse(String sha, List<RuleProblem> problems) {
        Instant now = clock.instant();
        status = status.failed(new RulesStatus.Failure(now, sha, problems));
        StringBuilder list = new StringBuilder();
        problems.forEach(p -> list.append("\n  ").append(p.describe(Lang.FR)));
        LOG.warn("Les règles modifiées dans {} ne se chargent pas ; les règles {} restent servies :{}", folder,
                shortSha(target.info().sha256()), list);
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
