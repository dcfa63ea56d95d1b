package fr.vigiesociale.exercise;

import java.util.List;

/**
 * Exercise format v1 in one place: its keys and the bounds that keep an exercise playable in a
 * training day (and a hostile file small). The reader, the JSON Schema
 * ({@code docs/exercise-v1.schema.json}) and the guide ({@code docs/exercices.md}) follow it.
 */
public final class ExerciseFormat {

    /** The only version this reader accepts ({@code exerciseVersion: 1}). */
    public static final int VERSION = 1;

    /** Top-level keys, in the order the guide presents them. */
    public static final List<String> KEYS = List.of(
            "exerciseVersion", "id", "title", "description", "objectives", "institutions", "scenario", "injects");
    public static final List<String> REQUIRED_KEYS = List.of(
            "exerciseVersion", "id", "title", "objectives", "institutions", "scenario", "injects");

    /** Keys of one inject. */
    public static final List<String> INJECT_KEYS = List.of(
            "id", "time", "title", "narrative", "addressedTo", "changes", "expectedActions", "durationMinutes");
    public static final List<String> INJECT_REQUIRED_KEYS = List.of("id", "time", "title", "narrative");

    /** Learning objectives: 1 to 10, each a sentence. */
    public static final int MAX_OBJECTIVES = 10;
    public static final int MAX_OBJECTIVE = 320;
    /** A cross-institutional exercise needs at least two institutions. */
    public static final int MIN_INSTITUTIONS = 2;
    public static final int MAX_INJECTS = 30;
    public static final int MAX_EXPECTED = 20;
    /** "J+3", "Semaine 2, lundi 9 h". */
    public static final int MAX_TIME_LABEL = 30;
    public static final int MAX_TITLE = 160;
    /** Descriptions and narratives: about a page. */
    public static final int MAX_TEXT = 4000;
    /** Minutes the trainer plans per inject: 1 to 240, 15 when the file does not say. */
    public static final int MAX_DURATION = 240;
    public static final int DEFAULT_DURATION = 15;

    private ExerciseFormat() {
    }
}
