package fr.vigiesociale.scenario;

/** The value types a scenario field may have. */
public enum FieldType {
    /** A whole number. */
    INTEGER,
    /** Any number. */
    NUMBER,
    BOOLEAN,
    /** A non-empty text. */
    TEXT,
    /** A free text, possibly empty. */
    FREE_TEXT,
    /** An identifier matching {@code [a-z0-9-]{1,80}}. */
    SLUG,
    /** One value of a fixed list. */
    ENUM
}
