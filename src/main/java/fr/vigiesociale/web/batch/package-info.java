/**
 * The national batch on the web: a file of territories uploaded and ranked in the background with
 * its progress shown, the ranking read back as a page, a map of the départements or a download.
 */
package fr.vigiesociale.web.batch;
