package fr.vigiesociale.session;

import fr.vigiesociale.i18n.Lang;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One run of an exercise by a trainer. {@code currentInject} is -1 before the start; the engine's
 * recommendations are shown to participants for injects up to {@code revealedThrough}.
 * {@code exerciseSource} is the exercise as played, in JSON.
 */
@Table
public record ExerciseSession(
        @Id Long id,
        String joinCode,
        String exerciseId,
        String exerciseTitle,
        String exerciseSource,
        String lang,
        String trainer,
        SessionState state,
        int currentInject,
        int revealedThrough,
        Instant createdAt,
        @Version Integer version) {

    public Lang language() {
        return Lang.parse(lang).orElse(Lang.FR);
    }

    public boolean revealed(int injectIndex) {
        return injectIndex <= revealedThrough;
    }

    ExerciseSession at(SessionState newState, int inject) {
        return new ExerciseSession(id, joinCode, exerciseId, exerciseTitle, exerciseSource, lang, trainer, newState,
                inject, revealedThrough, createdAt, version);
    }

    ExerciseSession revealingThrough(int inject) {
        return new ExerciseSession(id, joinCode, exerciseId, exerciseTitle, exerciseSource, lang, trainer, state,
                currentInject, Math.max(revealedThrough, inject), createdAt, version);
    }
}
