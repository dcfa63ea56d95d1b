/** Renderings of an assessment: the JSON of contract v1 §2, a terminal table, a Markdown report. */
package fr.vigiesociale.report;
