/**
 * The live exercise sessions in the web app: trainer sign-in and pages (open a session, run the
 * clock, reveal the engine's recommendations, debrief), participant pages (join with a code,
 * record decisions, answer suggestions), and server-sent events that keep every screen current.
 */
package fr.vigiesociale.web.session;
