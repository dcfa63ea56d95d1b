package fr.vigiesociale.session;

/**
 * What a participant types to record a decision: a catalogue action id or a free text (exactly
 * one), who carries it, by when, and whether their institution takes the lead.
 */
public record DecisionInput(String actionId, String freeText, String ownerName, String deadline, boolean takesLead) {

    static final int MAX_TEXT = 500;
    static final int MAX_OWNER = 100;
    static final int MAX_DEADLINE = 40;

    /** Blank fields become {@code null}, the others are stripped. */
    public DecisionInput {
        actionId = clean(actionId);
        freeText = clean(freeText);
        ownerName = clean(ownerName);
        deadline = clean(deadline);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
