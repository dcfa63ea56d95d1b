/**
 * Trainer exercises (préconisation 10): a base scenario that unfolds inject by inject, read
 * strictly from {@code scenarios/exercises/*.yaml}, and re-assessed after each inject
 * ({@link fr.vigiesociale.exercise.Timeline}).
 */
package fr.vigiesociale.exercise;
