/**
 * The web app and REST API (Spring Boot): configuration shared by the pages ({@code page}) and the
 * REST endpoints ({@code api}). The engine itself knows nothing of Spring; this package only wires
 * it: one compiled {@link fr.vigiesociale.api.RuleBase} and the bundled scenarios, built at start-up.
 */
package fr.vigiesociale.web;
