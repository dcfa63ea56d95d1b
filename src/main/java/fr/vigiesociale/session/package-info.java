/**
 * Live exercise sessions: a trainer opens a session of an exercise, participants join
 * with a code, the trainer runs the clock inject by inject, each institution records its
 * decisions and answers the engine's suggestions. Everything is stored (Spring Data JDBC, Flyway
 * migrations in {@code db/migration}) and committed before the caller is told it is saved.
 */
package fr.vigiesociale.session;
