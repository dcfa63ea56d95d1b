package fr.vigiesociale.ruleset;

/**
 * The people an indicator describes and an action serves. Convergence counts the signals on the
 * same people: two signals on precarious households pile up on the same families, a rise in food
 * aid and a closed day centre for disabled people do not.
 */
public enum Public {
    PRECARIOUS_HOUSEHOLDS, CHILDREN_FAMILIES, YOUNG_PEOPLE, ISOLATED_ELDERLY, DISABLED_PEOPLE, HOMELESS,
    DIGITALLY_EXCLUDED, SOCIAL_WORKERS
}
