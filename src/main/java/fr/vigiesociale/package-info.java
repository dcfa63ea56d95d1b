/**
 * The jar's entry point: the command line without Spring, or the web application and REST API
 * ({@link fr.vigiesociale.VigieSocialeApplication}). Each feature lives in its own sub-package, from
 * the scenario and the rule set up to the web pages; {@code ArchitectureTest} keeps their layers.
 */
package fr.vigiesociale;
