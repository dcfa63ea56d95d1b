package fr.vigiesociale.scenario;

import java.util.Arrays;
import java.util.Optional;

/**
 * The crisis indicators of contract v1 §1, block {@code indicators}. Each has a range and a
 * direction: for most, a higher value is worse; for child-protection referrals, a drop is the
 * warning sign (under-detection while schools and services are closed).
 */
public enum Indicator {
    FOOD_AID_REQUESTS("foodAidRequestsChangePct", Kind.CHANGE, Direction.HIGHER_IS_WORSE),
    MINIMUM_INCOME_CLAIMS("minimumIncomeClaimsChangePct", Kind.CHANGE, Direction.HIGHER_IS_WORSE),
    ISOLATED_PEOPLE_UNCONTACTED("isolatedPeopleUncontactedPct", Kind.SHARE, Direction.HIGHER_IS_WORSE),
    PSYCHOLOGICAL_DISTRESS_REPORTS("psychologicalDistressReportsChangePct", Kind.CHANGE, Direction.HIGHER_IS_WORSE),
    DOMESTIC_VIOLENCE_REPORTS("domesticViolenceReportsChangePct", Kind.CHANGE, Direction.HIGHER_IS_WORSE),
    CHILD_PROTECTION_REFERRALS("childProtectionReferralsChangePct", Kind.CHANGE, Direction.LOWER_IS_WORSE),
    PUPILS_OUT_OF_CONTACT("pupilsOutOfContactPct", Kind.SHARE, Direction.HIGHER_IS_WORSE),
    EMERGENCY_SHELTER_UNANSWERED("emergencyShelterUnansweredPct", Kind.SHARE, Direction.HIGHER_IS_WORSE),
    CLOSED_SOCIAL_SERVICES("closedSocialServicesPct", Kind.SHARE, Direction.HIGHER_IS_WORSE),
    DIGITAL_EXCLUSION("digitalExclusionPct", Kind.SHARE, Direction.HIGHER_IS_WORSE),
    SOCIAL_STAFF_ABSENCE("socialStaffAbsencePct", Kind.SHARE, Direction.HIGHER_IS_WORSE),
    FRONTLINE_STAFF_WOMEN("frontlineStaffWomenPct", Kind.SHARE, Direction.HIGHER_IS_WORSE);

    /** A change against the pre-crisis baseline ({@code >= -100}, no upper bound) or a share (0..100). */
    public enum Kind { CHANGE, SHARE }

    /** Which way a value gets worse. */
    public enum Direction { HIGHER_IS_WORSE, LOWER_IS_WORSE }

    private final String key;
    private final Kind kind;
    private final Direction direction;

    Indicator(String key, Kind kind, Direction direction) {
        this.key = key;
        this.kind = kind;
        this.direction = direction;
    }

    /** The camelCase key used in scenario files, e.g. {@code foodAidRequestsChangePct}. */
    public String key() { return key; }

    /** The field path in a scenario, e.g. {@code indicators.foodAidRequestsChangePct}. */
    public String path() { return "indicators." + key; }

    public Kind kind() { return kind; }

    public Direction direction() { return direction; }

    public double minimum() { return kind == Kind.CHANGE ? -100 : 0; }

    /** The upper bound, or {@code null} for an unbounded change. */
    public Double maximum() { return kind == Kind.SHARE ? 100.0 : null; }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }
}
