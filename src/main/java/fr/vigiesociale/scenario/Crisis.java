package fr.vigiesociale.scenario;

/**
 * The crisis: its kind, what struck within that kind ({@code hazard}, schema version 2, or
 * {@code null}), its phase, the lockdown in force and how long it has lasted, and the facts a
 * director knows on the first day, each {@code null} when unknown (unknown is not zero).
 *
 * @param householdsDisplaced     households evacuated or left without housing
 * @param powerOrPhoneCutPct      share of the population without electricity or telephone, 0–100
 * @param careHomesClosedToVisits care homes closed to families' visits
 * @param layoffsAnnounced        layoffs announced on the territory
 * @param schoolsClosed           schools and nurseries closed (or closing within days)
 */
public record Crisis(CrisisKind kind, Hazard hazard, CrisisPhase phase, Lockdown lockdown, Integer weeksElapsed,
                     Integer householdsDisplaced, Double powerOrPhoneCutPct, Boolean careHomesClosedToVisits,
                     Integer layoffsAnnounced, Boolean schoolsClosed) {

    public Crisis {
        lockdown = lockdown == null ? Lockdown.NONE : lockdown;
    }

    /** A crisis with none of the first-day facts known. */
    public Crisis(CrisisKind kind, Hazard hazard, CrisisPhase phase, Lockdown lockdown, Integer weeksElapsed) {
        this(kind, hazard, phase, lockdown, weeksElapsed, null, null, null, null, null);
    }

    /** True during a partial or full lockdown. */
    @DerivedFrom("lockdown")
    public boolean lockedDown() {
        return lockdown != Lockdown.NONE;
    }

    /** True when some households are known to be evacuated or without housing. */
    @DerivedFrom("householdsDisplaced")
    public boolean displacement() {
        return householdsDisplaced != null && householdsDisplaced > 0;
    }
}
