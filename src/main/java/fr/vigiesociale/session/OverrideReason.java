package fr.vigiesociale.session;

/** Why an institution sets aside an action the engine suggests (labels: {@code session.reason.*}). */
public enum OverrideReason {
    /** Another institution's job, not ours. */
    NOT_OUR_ROLE,
    /** Already done or in place. */
    ALREADY_IN_PLACE,
    /** No staff, money or means for it now. */
    NO_RESOURCES,
    /** Does not fit this territory or this moment. */
    NOT_RELEVANT_HERE,
    /** Right, but later. */
    LATER,
    OTHER
}
