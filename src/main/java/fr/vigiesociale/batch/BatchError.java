package fr.vigiesociale.batch;

/** A problem with one row of a batch file (or with the file, row 0): it never stops the other rows. */
public record BatchError(int line, String column, String message) {
}
