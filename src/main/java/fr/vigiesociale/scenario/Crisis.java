package fr.vigiesociale.scenario;

/** The crisis: its kind, its phase, the lockdown in force and how long it has lasted. */
public record Crisis(CrisisKind kind, CrisisPhase phase, Lockdown lockdown, Integer weeksElapsed) {

    public Crisis {
        lockdown = lockdown == null ? Lockdown.NONE : lockdown;
    }

    /** True during a partial or full lockdown. */
    @DerivedFrom("lockdown")
    public boolean lockedDown() {
        return lockdown != Lockdown.NONE;
    }
}
