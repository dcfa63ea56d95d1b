package fr.vigiesociale.scenario;

/**
 * The crisis: its kind, what struck within that kind ({@code hazard}, schema version 2, or
 * {@code null}), its phase, the lockdown in force and how long it has lasted.
 */
public record Crisis(CrisisKind kind, Hazard hazard, CrisisPhase phase, Lockdown lockdown, Integer weeksElapsed) {

    public Crisis {
        lockdown = lockdown == null ? Lockdown.NONE : lockdown;
    }

    /** True during a partial or full lockdown. */
    @DerivedFrom("lockdown")
    public boolean lockedDown() {
        return lockdown != Lockdown.NONE;
    }
}
