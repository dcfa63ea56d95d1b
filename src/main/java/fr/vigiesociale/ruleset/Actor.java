package fr.vigiesociale.ruleset;

/** Who acts on a territory (domain brief §4). Labels are in the message bundles ({@code actor.*}). */
public enum Actor {
    PREFECTURE, COMMUNE_CCAS, DEPARTMENT, CAF_MSA, FRANCE_TRAVAIL, ARS, EDUCATION_NATIONALE, SIAO_115,
    ASSOCIATIONS, CIVIC_RESERVE, CLTSDS, SOCIAL_SERVICE_EMPLOYERS, HEALTH_SERVICES
}
