package fr.vigiesociale.engine;

import java.util.List;

/**
 * One rule of the compiled base, as read from its DRL: its name, file, the actions it can suggest,
 * whether it is a context rule (raises actions others suggested), and what triggers it in
 * French and English (the rule's {@code @trigger} and {@code @triggerEn} metadata).
 */
public record RuleMetadata(String name, String file, List<String> actions, boolean context, String trigger, String triggerEn) {
}
