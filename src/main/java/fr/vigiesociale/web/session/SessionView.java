package fr.vigiesociale.web.session;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.Inject;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.session.Decision;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.Participant;
import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.session.SessionState;
import fr.vigiesociale.session.SuggestionResponse;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the trainer's and the participants' pages show of a session, read once per request. */
public record SessionView(
        ExerciseSession session,
        Exercise exercise,
        Timeline.Step step,
        List<Participant> participants,
        List<Decision> decisions,
        List<SuggestionResponse> responses,
        List<ActionInfo> catalogue,
        Map<String, ActionInfo> general) {

    static SessionView of(SessionService sessions, ExerciseSession s) {
        Timeline t = sessions.timeline(s);
        Timeline.Step step = s.currentInject() >= 0 ? t.steps().get(s.currentInject()) : null;
        // the catalogue in the words of the inject being played: a heatwave's calls read as its suggestion does
        return new SessionView(s, t.exercise(), step, sessions.participants(s.id()), sessions.decisions(s.id()),
                sessions.responses(s.id()), List.copyOf((step == null ? t.catalogue() : step.catalogue()).values()),
                t.catalogue());
    }

    public boolean started() {
        return step != null;
    }

    public boolean ended() {
        return session.state() == SessionState.ENDED;
    }

    public Inject inject() {
        return step == null ? null : step.inject();
    }

    public int injectNumber() {
        return session.currentInject() + 1;
    }

    public int injectCount() {
        return exercise.injects().size();
    }

    public boolean last() {
        return session.currentInject() >= injectCount() - 1;
    }

    public boolean revealed() {
        return step != null && session.revealed(session.currentInject());
    }

    public List<AssessedAction> recommendations() {
        return step == null ? List.of() : step.assessment().actions();
    }

    /** Decisions on the inject being played, by institution, in the exercise's order. */
    public Map<Actor, List<Decision>> decisionsNow() {
        Map<Actor, List<Decision>> by = decisions.stream().filter(d -> d.injectIndex() == session.currentInject())
                .collect(Collectors.groupingBy(Decision::institution));
        return exercise.institutions().stream().collect(Collectors.toMap(a -> a, a -> by.getOrDefault(a, List.of()),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** Decisions of one institution on the inject being played. */
    public List<Decision> decisionsOf(Actor institution) {
        return decisions.stream().filter(d -> d.institution() == institution && d.injectIndex() == session.currentInject())
                .toList();
    }

    /** The decision of one institution taking a catalogue action at the inject being played, if any. */
    public Optional<Decision> decisionOn(Actor institution, String actionId) {
        return decisionsOf(institution).stream().filter(d -> actionId.equals(d.actionId())).findFirst();
    }

    public Optional<SuggestionResponse> responseOf(Actor institution, String actionId) {
        return responses.stream().filter(r -> r.institution() == institution && r.injectIndex() == session.currentInject()
                && r.actionId().equals(actionId)).findFirst();
    }

    /** The suggestions an institution set aside on the inject being played. */
    public List<SuggestionResponse> setAsideBy(Actor institution) {
        return responses.stream().filter(r -> !r.accepted() && r.institution() == institution
                && r.injectIndex() == session.currentInject()).toList();
    }

    /** Whether a decision took on a suggestion its institution accepted (rather than picking it itself). */
    public boolean accepted(Decision d) {
        return d.fromCatalogue() && responseOf(d.institution(), d.actionId()).map(SuggestionResponse::accepted).orElse(false);
    }

    /** Every institution's answer to one suggestion on the inject being played, in the exercise's order of institutions. */
    public List<SuggestionResponse> responsesTo(String actionId) {
        return responses.stream().filter(r -> r.injectIndex() == session.currentInject() && r.actionId().equals(actionId))
                .sorted(Comparator.comparing(SuggestionResponse::institution)).toList();
    }

    /**
     * The catalogue a participant chooses from: by policy area (an action under its first one),
     * then by title in the session's language — never in the engine's order nor by id, which
     * would hint at the expected answers.
     */
    public Map<PolicyArea, List<ActionInfo>> catalogueByArea() {
        Collator collator = Collator.getInstance(session.language().locale());
        collator.setStrength(Collator.PRIMARY);
        Map<PolicyArea, List<ActionInfo>> by = new EnumMap<>(PolicyArea.class);
        catalogue.stream().sorted(Comparator.comparing(ActionInfo::title, collator))
                .forEach(a -> by.computeIfAbsent(a.policyAreas().get(0), k -> new java.util.ArrayList<>()).add(a));
        return by;
    }

    /** The catalogue's general title of an action when the inject's wording differs (a search finds it by either), else null. */
    public String alsoKnownAs(ActionInfo a) {
        ActionInfo written = general.get(a.id());
        return written == null || written.title().equals(a.title()) ? null : written.title();
    }

    public String title(String actionId) {
        return catalogue.stream().filter(a -> a.id().equals(actionId)).map(ActionInfo::title).findFirst().orElse(actionId);
    }
}
