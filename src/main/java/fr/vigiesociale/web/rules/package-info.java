/**
 * The rule base a server serves: the bundled one, or a folder ({@code vigie.rules-dir}) watched and
 * reloaded when an expert edits it, each new version checked before it is served, the last good one
 * kept when a change does not load.
 */
package fr.vigiesociale.web.rules;
