package fr.vigiesociale.session;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.ruleset.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The after-action review of a session: for each inject, the actions the exercise expected and
 * whether an institution took them, what the engine recommended against what
 * each institution took on — the coverage matrix, the recommended actions nobody took, the actions
 * several institutions took without anyone leading (préconisation 12, "lutter contre le
 * morcellement"), the actions taken that the engine did not suggest, and the reasons given for
 * setting suggestions aside — then the same over the whole exercise, and the session's chronology.
 * Only the injects actually played are judged: a session ended early (time runs out) lists the
 * others apart, never counted against anyone. A pure computation over what was stored: the same
 * session always gives the same debrief.
 *
 * @param injects the reviews of the injects played, in order
 * @param unplayed the injects the session never reached
 */
public record Debrief(
        Exercise exercise,
        List<Actor> institutions,
        List<InjectReview> injects,
        List<Timeline.Step> unplayed,
        Overall overall,
        List<Chronology.Moment> timeline) {

    /** What one institution did about one recommended action at one inject. */
    public record Cell(List<Decision> decisions, SuggestionResponse response, boolean namedActor) {

        /** The strongest thing it did, first match: led it, took it, accepted the suggestion, set it aside. */
        public enum Mark { LEAD, TAKEN, ACCEPTED, OVERRIDDEN, NONE }

        public boolean taken() {
            return !decisions.isEmpty();
        }

        public boolean leads() {
            return decisions.stream().anyMatch(Decision::takesLead);
        }

        public Mark mark() {
            if (leads()) {
                return Mark.LEAD;
            }
            if (taken()) {
                return Mark.TAKEN;
            }
            if (response != null) {
                return response.accepted() ? Mark.ACCEPTED : Mark.OVERRIDDEN;
            }
            return Mark.NONE;
        }
    }

    /** One recommended action and, per institution, what it did about it. */
    public record Row(AssessedAction action, Map<Actor, Cell> cells) {

        public List<Actor> takenBy() {
            return cells.entrySet().stream().filter(e -> e.getValue().taken()).map(Map.Entry::getKey).toList();
        }

        public List<Actor> leads() {
            return cells.entrySet().stream().filter(e -> e.getValue().leads()).map(Map.Entry::getKey).toList();
        }
    }

    /** A catalogue action several institutions took at the same inject, and who (if anyone) leads it. */
    public record Shared(String actionId, String title, List<Actor> institutions, List<Actor> leads) { }

    /** An answer that set an engine suggestion aside. */
    public record Override(int injectIndex, Actor institution, String actionId, String title, OverrideReason reason,
                           String note) { }

    /** The review of one inject. */
    public record InjectReview(
            Timeline.Step step,
            List<ExpectedAction> expected,
            List<Row> matrix,
            List<AssessedAction> untaken,
            List<Shared> sharedWithoutLead,
            List<Shared> severalLeads,
            List<Decision> notSuggested,
            List<Override> overrides,
            int decisionCount) { }

    /** The whole exercise at a glance. */
    public record Overall(
            int expected,
            int expectedTaken,
            int recommended,
            int takenAtLeastOnce,
            List<AssessedAction> neverTaken,
            int sharedWithoutLead,
            int notSuggested,
            Map<OverrideReason, Long> overrideReasons,
            Map<Actor, Long> decisionsByInstitution) {

        /** Share of the recommended actions some institution took, 0–100. */
        public int coveragePct() {
            return recommended == 0 ? 100 : Math.round(100f * takenAtLeastOnce / recommended);
        }

        /** Share of the exercise's expected actions taken at their inject, 0–100. */
        public int expectedPct() {
            return expected == 0 ? 100 : Math.round(100f * expectedTaken / expected);
        }
    }

    /**
     * The debrief of a session that reached inject {@code playedThrough} (0-based; -1 if it never
     * started): the injects after it are listed as not played.
     */
    public static Debrief of(Timeline timeline, int playedThrough, List<Decision> decisions,
                             List<SuggestionResponse> responses, List<SessionEvent> events) {
        Exercise exercise = timeline.exercise();
        List<Actor> institutions = exercise.institutions();
        List<InjectReview> reviews = new ArrayList<>();
        List<Timeline.Step> unplayed = new ArrayList<>();
        for (Timeline.Step step : timeline.steps()) {
            int i = step.index();
            if (i > playedThrough) {
                unplayed.add(step);
                continue;
            }
            List<Decision> here = decisions.stream().filter(d -> d.injectIndex() == i).toList();
            List<SuggestionResponse> answers = responses.stream().filter(r -> r.injectIndex() == i).toList();
            reviews.add(review(step, institutions, here, answers, ExpectedAction.of(step, decisions, step::title)));
        }
        return new Debrief(exercise, institutions, reviews, unplayed, overall(reviews, decisions, responses),
                Chronology.of(timeline, events, decisions, responses));
    }

    /**
     * The last inject a session reached (0-based, -1 before the start): the furthest the clock went,
     * whatever was decided — a trainer who went back still played the injects after.
     */
    public static int playedThrough(ExerciseSession s, List<SessionEvent> events) {
        int furthest = s.state() == SessionState.WAITING ? -1 : s.currentInject();
        for (SessionEvent e : events) {
            furthest = Math.max(furthest, e.injectIndex());
        }
        return furthest;
    }

    private static InjectReview review(Timeline.Step step, List<Actor> institutions, List<Decision> decisions,
                                       List<SuggestionResponse> responses, List<ExpectedAction> expected) {
        List<AssessedAction> recommended = step.assessment().actions();
        Set<String> recommendedIds = recommended.stream().map(AssessedAction::id).collect(Collectors.toSet());
        List<Row> matrix = new ArrayList<>();
        for (AssessedAction a : recommended) {
            Map<Actor, Cell> cells = new EnumMap<>(Actor.class);
            for (Actor institution : institutions) {
                List<Decision> mine = decisions.stream()
                        .filter(d -> a.id().equals(d.actionId()) && d.institution() == institution).toList();
                SuggestionResponse answer = responses.stream()
                        .filter(r -> r.actionId().equals(a.id()) && r.institution() == institution).findFirst().orElse(null);
                cells.put(institution, new Cell(mine, answer, a.actors().contains(institution)));
            }
            matrix.add(new Row(a, cells));
        }
        List<AssessedAction> untaken = matrix.stream().filter(r -> r.takenBy().isEmpty()).map(Row::action).toList();

        Map<String, List<Decision>> byAction = decisions.stream().filter(Decision::fromCatalogue)
                .collect(Collectors.groupingBy(Decision::actionId, LinkedHashMap::new, Collectors.toList()));
        List<Shared> withoutLead = new ArrayList<>();
        List<Shared> severalLeads = new ArrayList<>();
        byAction.forEach((id, ds) -> {
            List<Actor> by = ds.stream().map(Decision::institution).distinct().sorted().toList();
            List<Actor> leads = ds.stream().filter(Decision::takesLead).map(Decision::institution).distinct().sorted().toList();
            String title = step.title(id);
            if (by.size() >= 2 && leads.isEmpty()) {
                withoutLead.add(new Shared(id, title, by, leads));
            } else if (leads.size() >= 2) {
                severalLeads.add(new Shared(id, title, by, leads));
            }
        });
        List<Decision> notSuggested = decisions.stream()
                .filter(d -> !d.fromCatalogue() || !recommendedIds.contains(d.actionId())).toList();
        List<Override> overrides = responses.stream().filter(r -> !r.accepted())
                .map(r -> new Override(r.injectIndex(), r.institution(), r.actionId(), step.title(r.actionId()),
                        r.reasonCode(), r.note()))
                .toList();
        return new InjectReview(step, expected, matrix, untaken, withoutLead, severalLeads, notSuggested, overrides, decisions.size());
    }

    private static Overall overall(List<InjectReview> reviews, List<Decision> decisions, List<SuggestionResponse> responses) {
        // An action counts once over the exercise, at the highest score the engine gave it.
        Map<String, AssessedAction> recommended = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (InjectReview r : reviews) {
            for (Row row : r.matrix()) {
                recommended.merge(row.action().id(), row.action(), (a, b) -> b.score() > a.score() ? b : a);
                if (!row.takenBy().isEmpty()) {
                    taken.add(row.action().id());
                }
            }
        }
        List<AssessedAction> neverTaken = recommended.values().stream().filter(a -> !taken.contains(a.id()))
                .sorted(Comparator.comparingDouble(AssessedAction::score).reversed().thenComparing(AssessedAction::id))
                .toList();
        Map<OverrideReason, Long> reasons = new EnumMap<>(OverrideReason.class);
        responses.stream().filter(r -> !r.accepted()).forEach(r -> reasons.merge(r.reasonCode(), 1L, Long::sum));
        Map<Actor, Long> byInstitution = new EnumMap<>(Actor.class);
        decisions.forEach(d -> byInstitution.merge(d.institution(), 1L, Long::sum));
        List<ExpectedAction> expected = reviews.stream().flatMap(r -> r.expected().stream()).toList();
        return new Overall(expected.size(), (int) expected.stream().filter(ExpectedAction::taken).count(),
                recommended.size(), taken.size(), neverTaken,
                reviews.stream().mapToInt(r -> r.sharedWithoutLead().size()).sum(),
                reviews.stream().mapToInt(r -> r.notSuggested().size()).sum(), reasons, byInstitution);
    }
}
