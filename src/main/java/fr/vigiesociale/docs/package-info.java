/**
 * Documentation generated from the code itself, so it cannot drift: the JSON Schema of the
 * scenario format, the French and English field references, the rule table of docs/regles.md. Tests
 * compare the committed files in {@code docs/} with what these classes produce.
 */
package fr.vigiesociale.docs;
