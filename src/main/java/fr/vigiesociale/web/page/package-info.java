/**
 * The pages for local managers (Thymeleaf, French by default): home, scenario form, result cards,
 * downloads (YAML, JSON, Markdown, PDF), what-if comparison and the rule catalogue. Nothing is
 * stored: the scenario travels in the page (a hidden field) from one request to the next.
 */
package fr.vigiesociale.web.page;
