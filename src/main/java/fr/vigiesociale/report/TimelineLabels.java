package fr.vigiesociale.report;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Comparison;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Actor;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Texts shared by the text and Markdown renderings of an exercise timeline. */
final class TimelineLabels {

    private TimelineLabels() {
    }

    /** The four kinds of move, in the order a trainer reads them. */
    enum Kind {
        ADDED("+", "added"), RAISED("↑", "raised"), LOWERED("↓", "lowered"), REMOVED("−", "removed");

        private final String sign;
        private final String key;

        Kind(String sign, String key) {
            this.sign = sign;
            this.key = key;
        }

        String sign() {
            return sign;
        }

        String key() {
            return key;
        }

        List<Comparison.Change> of(Comparison c) {
            return switch (this) {
                case ADDED -> c.added();
                case RAISED -> c.raised();
                case LOWERED -> c.lowered();
                case REMOVED -> c.removed();
            };
        }

        static void forEach(Comparison c, BiConsumer<Kind, Comparison.Change> action) {
            for (Kind k : values()) {
                k.of(c).forEach(change -> action.accept(k, change));
            }
        }
    }

    static boolean nothingMoved(Comparison c) {
        return c.added().isEmpty() && c.raised().isEmpty() && c.lowered().isEmpty() && c.removed().isEmpty();
    }

    /** "40,0 → 65,0 (moyenne → élevée)", "— → 72,0 (élevée)", "38,0 → —". */
    static String move(Comparison.Change c, Messages m) {
        String before = c.before() == null ? "—" : Labels.score(c.before(), m);
        String after = c.after() == null ? "—" : Labels.score(c.after(), m);
        String levels;
        if (c.levelBefore() == null) {
            levels = m.get("level." + c.levelAfter());
        } else if (c.levelAfter() == null) {
            levels = m.get("level." + c.levelBefore());
        } else if (c.levelBefore() == c.levelAfter()) {
            levels = m.get("level." + c.levelAfter());
        } else {
            levels = m.get("level." + c.levelBefore()) + " → " + m.get("level." + c.levelAfter());
        }
        return before + " → " + after + " (" + levels + ")";
    }

    static String actors(List<Actor> actors, Messages m) {
        return actors.stream().map(a -> m.get("actor." + a)).collect(Collectors.joining(", "));
    }

    /** "Title (ID)" of a catalogue action. */
    static String title(Timeline t, String actionId) {
        ActionInfo a = t.catalogue().get(actionId);
        return a == null ? actionId : a.title() + " (" + actionId + ")";
    }

    /** Whether the rules agree with an action the trainer expects. */
    static String expected(Optional<AssessedAction> suggested, Messages m) {
        return suggested.map(a -> m.get("report.exercise.expectedSuggested", a.rank(), m.get("level." + a.level())))
                .orElseGet(() -> m.get("report.exercise.expectedNotSuggested"));
    }
}
