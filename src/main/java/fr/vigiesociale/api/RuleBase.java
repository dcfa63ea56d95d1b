package fr.vigiesociale.api;

import fr.vigiesociale.engine.RuleInfo;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;

/**
 * A compiled rule base, ready to assess scenarios. Immutable and thread-safe: build it once (it
 * compiles the DRL, which takes a second or two) and share it.
 */
public interface RuleBase {

    /** Assesses a scenario, with French texts. */
    default Assessment assess(Scenario scenario) {
        return assess(scenario, Lang.FR);
    }

    /** Assesses a scenario, with texts in {@code lang}. Same scenario and rules give an equal assessment. */
    Assessment assess(Scenario scenario, Lang lang);

    /** Name, version, SHA-256 and size of the rule base. */
    RulesetInfo info();

    /** Every rule, with the actions it can suggest and what triggers it. */
    List<RuleInfo> rules();
}
