package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.ruleset.Public;
import java.util.List;

/**
 * An action some trigger rule has suggested; context rules (phase, lockdown, convergence,
 * structural weaknesses) match it to raise its priority. Opened once per action.
 */
public record Suggestion(String action, Horizon horizon, List<Integer> preconisations, List<PolicyArea> policyAreas,
                         List<Public> publics) {
}
