/**
 * The bundled rules compiled at build time into Drools' executable model (Java classes), and what
 * the jar needs to load them instead of compiling the DRL at start-up.
 */
package fr.vigiesociale.engine.precompiled;
