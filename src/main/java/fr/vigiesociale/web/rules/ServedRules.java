package fr.vigiesociale.web.rules;

import java.time.Instant;
import java.util.Optional;

/** The rules the server answers with and, when they come from a watched folder, the reloads' outcome. */
public final class ServedRules {

    private final ReloadableRuleBase base;
    private final RulesReloader reloader;
    private final Instant startedAt;

    ServedRules(ReloadableRuleBase base, RulesReloader reloader, Instant startedAt) {
        this.base = base;
        this.reloader = reloader;
        this.startedAt = startedAt;
    }

    public RulesStatus status() {
        return reloader != null ? reloader.status() : new RulesStatus(null, base.info(), startedAt, null);
    }

    Optional<RulesReloader> reloader() {
        return Optional.ofNullable(reloader);
    }
}
