/**
 * The REST API: {@code POST /api/assessments}, {@code POST /api/comparisons},
 * {@code GET /api/scenarios[/{id}]}, {@code GET /api/rules}. JSON of contract v1 §2; every error
 * is an RFC 9457 problem+json document ({@link ApiProblems}).
 */
package fr.vigiesociale.web.api;
