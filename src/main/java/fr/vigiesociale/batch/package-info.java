/**
 * Ranking many territories at once: a CSV file of territories (one row per INSEE code, columns named
 * after the scenario's fields), each assessed by the rules, the first actions of each written as a
 * table, CSV or JSON lines; and synthetic files of every real commune for trials.
 */
package fr.vigiesociale.batch;
