package fr.vigiesociale.ruleset;

/**
 * The counts rule conditions compare with, from {@code thresholds.yaml} ({@code counts:}). Rules
 * read them through the DRL global {@code counts} with typed accessors
 * ({@code counts.convergenceMinSignals()}), so a misspelt name is a compile error of the rule.
 *
 * @param convergenceMinSignals   signals (watch or alarm) on an action's publics from which they converge
 * @param crisisBreadthMinAreas   policy areas touched from which a crisis is "on several fronts"
 * @param sharedPictureMinSignals watch-level signals from which institutions must share one picture
 * @param watchedIndicatorsMin    known indicators (of 12) below which the social watch is too thin
 * @param longClosureMinWeeks     weeks of closed services from which their closure weighs more
 * @param largeTerritoryMinPopulation inhabitants from which a territory is large enough for the crisis to be uneven in it
 * @param networkOutageMinPct     share of the population without power or telephone from which people must be visited
 * @param networkOutageCallsUselessPct share without power or telephone from which calling the register reaches almost nobody
 * @param layoffsPlanMin          layoffs announced from which a job-saving plan and its redeployment unit are expected
 * @param careHomesSlideMinWeeks  weeks of care homes closed to visits from which residents' decline is a danger to life
 */
public record CountThresholds(
        int convergenceMinSignals,
        int crisisBreadthMinAreas,
        int sharedPictureMinSignals,
        int watchedIndicatorsMin,
        int longClosureMinWeeks,
        int largeTerritoryMinPopulation,
        int networkOutageMinPct,
        int networkOutageCallsUselessPct,
        int layoffsPlanMin,
        int careHomesSlideMinWeeks) {

    /** The component names, as {@code thresholds.yaml} writes them. */
    public static final java.util.List<String> NAMES = java.util.Arrays
            .stream(CountThresholds.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
}
