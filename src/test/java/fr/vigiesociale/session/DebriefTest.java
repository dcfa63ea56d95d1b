package fr.vigiesociale.session;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.exercise.Exercises;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.ruleset.Actor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The after-action review, computed from what institutions recorded against what the engine recommended. */
class DebriefTest {

    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
    private static Timeline timeline;

    @BeforeAll
    static void play() {
        RuleBase rules = VigieSociale.bundledRules();
        timeline = Timeline.play(rules, Exercises.read(Path.of("scenarios/exercises/canicule-personnes-isolees.yaml"), rules),
                Lang.FR);
    }

    private final List<Decision> decisions = new ArrayList<>();
    private final List<SuggestionResponse> responses = new ArrayList<>();

    private void take(int inject, Actor who, String action, boolean lead) {
        decisions.add(new Decision((long) decisions.size() + 1, 1L, 1L, who, inject, action, null, "Responsable", "J+1", lead, T));
    }

    private void own(int inject, Actor who, String text) {
        decisions.add(new Decision((long) decisions.size() + 1, 1L, 1L, who, inject, null, text, "Responsable", "J+1", false, T));
    }

    private Debrief debrief() {
        return Debrief.of(timeline, timeline.steps().size() - 1, decisions, responses, List.of());
    }

    @Test
    void theCoverageMatrixCrossesEveryRecommendedActionWithEveryInstitution() {
        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        Debrief.InjectReview first = debrief().injects().get(0);
        assertThat(first.matrix()).extracting(r -> r.action().id())
                .containsExactlyElementsOf(timeline.steps().get(0).assessment().actions().stream().map(AssessedAction::id).toList());
        Debrief.Row calls = first.matrix().stream().filter(r -> r.action().id().equals("VULNERABLE-REGISTER-CALLS")).findFirst()
                .orElseThrow();
        assertThat(calls.cells().keySet()).containsExactlyInAnyOrderElementsOf(timeline.exercise().institutions());
        assertThat(calls.takenBy()).containsExactly(Actor.COMMUNE_CCAS);
        assertThat(calls.leads()).containsExactly(Actor.COMMUNE_CCAS);
        assertThat(calls.cells().get(Actor.COMMUNE_CCAS).namedActor()).as("the catalogue names the CCAS for the calls").isTrue();
        assertThat(calls.cells().get(Actor.ARS).taken()).isFalse();
    }

    @Test
    void recommendedActionsNobodyTookAreListed() {
        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        Debrief.InjectReview first = debrief().injects().get(0);
        Set<String> recommended = timeline.steps().get(0).assessment().actions().stream().map(AssessedAction::id)
                .collect(Collectors.toSet());
        assertThat(first.untaken()).extracting(AssessedAction::id)
                .doesNotContain("VULNERABLE-REGISTER-CALLS")
                .hasSize(recommended.size() - 1);
    }

    @Test
    void anActionTakenBySeveralInstitutionsWithoutALeadIsFlaggedAndSoAreCompetingLeads() {
        take(0, Actor.COMMUNE_CCAS, "ISOLATION-COORDINATION", false);
        take(0, Actor.DEPARTMENT, "ISOLATION-COORDINATION", false);
        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        take(0, Actor.ASSOCIATIONS, "VULNERABLE-REGISTER-CALLS", false);
        take(0, Actor.DEPARTMENT, "HOME-HELP-CONTINUITY", true);
        take(0, Actor.COMMUNE_CCAS, "HOME-HELP-CONTINUITY", true);
        take(1, Actor.ARS, "ISOLATION-COORDINATION", false); // another inject: not a duplicate of inject 0
        Debrief d = debrief();
        Debrief.InjectReview first = d.injects().get(0);
        assertThat(first.sharedWithoutLead()).singleElement().satisfies(s -> {
            assertThat(s.actionId()).isEqualTo("ISOLATION-COORDINATION");
            assertThat(s.institutions()).containsExactly(Actor.COMMUNE_CCAS, Actor.DEPARTMENT);
            assertThat(s.title()).startsWith("Coordonner la lutte contre l'isolement");
        });
        assertThat(first.severalLeads()).extracting(Debrief.Shared::actionId).containsExactly("HOME-HELP-CONTINUITY");
        assertThat(d.injects().get(1).sharedWithoutLead()).isEmpty();
        assertThat(d.overall().sharedWithoutLead()).isEqualTo(1);
    }

    @Test
    void actionsTakenThatTheEngineDidNotSuggestAreKeptForTheDiscussion() {
        own(0, Actor.ARS, "Activer le plan bleu des EHPAD");
        take(0, Actor.COMMUNE_CCAS, "LESSONS-LEARNED", false); // a catalogue action, but not suggested at J0
        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", false);
        assertThat(timeline.steps().get(0).suggested("LESSONS-LEARNED")).isEmpty();
        Debrief d = debrief();
        assertThat(d.injects().get(0).notSuggested()).extracting(x -> x.freeText() != null ? x.freeText() : x.actionId())
                .containsExactly("Activer le plan bleu des EHPAD", "LESSONS-LEARNED");
        assertThat(d.overall().notSuggested()).isEqualTo(2);
    }

    @Test
    void overrideReasonsAreCountedAndKeptWithTheirNotes() {
        String suggested = timeline.steps().get(2).assessment().actions().get(0).id();
        responses.add(new SuggestionResponse(1L, 1L, 1L, Actor.ASSOCIATIONS, 2, suggested, false, OverrideReason.NO_RESOURCES,
                "Nos bénévoles ont plus de 70 ans", T));
        responses.add(new SuggestionResponse(2L, 1L, 1L, Actor.ARS, 2, suggested, false, OverrideReason.NOT_OUR_ROLE, null, T));
        responses.add(new SuggestionResponse(3L, 1L, 1L, Actor.COMMUNE_CCAS, 2, suggested, true, null, null, T));
        Debrief d = debrief();
        assertThat(d.injects().get(2).overrides()).extracting(Debrief.Override::institution, Debrief.Override::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Actor.ASSOCIATIONS, OverrideReason.NO_RESOURCES),
                        org.assertj.core.groups.Tuple.tuple(Actor.ARS, OverrideReason.NOT_OUR_ROLE));
        assertThat(d.overall().overrideReasons()).containsEntry(OverrideReason.NO_RESOURCES, 1L)
                .containsEntry(OverrideReason.NOT_OUR_ROLE, 1L).doesNotContainKey(OverrideReason.LATER);
        Debrief.Row row = d.injects().get(2).matrix().get(0);
        assertThat(row.cells().get(Actor.COMMUNE_CCAS).response().accepted()).isTrue();
    }

    @Test
    void overTheWholeExerciseEachActionCountsOnceAndCoverageIsAShare() {
        Debrief nothing = debrief();
        assertThat(nothing.overall().takenAtLeastOnce()).isZero();
        assertThat(nothing.overall().coveragePct()).isZero();
        assertThat(nothing.overall().neverTaken()).hasSize(nothing.overall().recommended());
        assertThat(nothing.overall().neverTaken().get(0).score())
                .isGreaterThanOrEqualTo(nothing.overall().neverTaken().get(nothing.overall().neverTaken().size() - 1).score());

        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        take(3, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        take(1, Actor.DEPARTMENT, "HOME-HELP-CONTINUITY", true);
        Debrief.Overall o = debrief().overall();
        assertThat(o.takenAtLeastOnce()).isEqualTo(2);
        assertThat(o.neverTaken()).extracting(AssessedAction::id)
                .doesNotContain("VULNERABLE-REGISTER-CALLS", "HOME-HELP-CONTINUITY");
        assertThat(o.coveragePct()).isEqualTo(Math.round(200f / o.recommended()));
        assertThat(o.decisionsByInstitution()).containsEntry(Actor.COMMUNE_CCAS, 2L).containsEntry(Actor.DEPARTMENT, 1L);
    }

    @Test
    void theAfterActionReportInMarkdownShowsEverySection() {
        take(0, Actor.COMMUNE_CCAS, "HEATWAVE-COOL-ROOMS", false);
        take(0, Actor.DEPARTMENT, "HEATWAVE-COOL-ROOMS", false);
        own(0, Actor.ARS, "Activer le plan bleu des EHPAD | urgence");
        String suggested = timeline.steps().get(0).assessment().actions().get(0).id();
        responses.add(new SuggestionResponse(1L, 1L, 1L, Actor.ASSOCIATIONS, 0, suggested, false, OverrideReason.NO_RESOURCES,
                "Bénévoles âgés", T));
        ExerciseSession s = new ExerciseSession(1L, "ABC234", "canicule-personnes-isolees", "Canicule", "{}", "fr",
                "formateur", SessionState.ENDED, 4, 0, T, 1);
        List<SessionEvent> events = List.of(new SessionEvent(1L, 1L, SessionEvent.Kind.STARTED, 0, T),
                new SessionEvent(2L, 1L, SessionEvent.Kind.NEXT, 1, T.plusSeconds(900)));
        String md = DebriefMarkdown.render(Debrief.of(timeline, 4, decisions, responses, events), s,
                List.of(new Participant(1L, 1L, "Awa Diallo", Actor.COMMUNE_CCAS, "h", T)));
        assertThat(md).contains("# Débriefing — Canicule dans un bourg rural",
                "Session ABC234, animée par formateur, le 23/11/2026.", "Awa Diallo (Commune et CCAS)",
                "## Vue d'ensemble", "| pas les moyens | 1 |",
                "## Inject 1/5 · J0 · Vigilance rouge canicule", "| Action | Niveau | Préfecture | CCAS | Département | ARS |",
                "### Prises par plusieurs institutions sans pilote désigné",
                "- Ouvrir des lieux rafraîchis et organiser l'hydratation des personnes fragiles — Commune et CCAS, Conseil départemental",
                "ARS : Activer le plan bleu des EHPAD \\| urgence", "écartée : pas les moyens",
                "## Chronologie", "- 10:00 — début, inject 1", "- 10:15 — inject suivant : 2");
        assertThat(md).as("expected actions and a legend for every mark").contains(
                "### Actions attendues par l'exercice",
                "- ✓ Ouvrir des lieux rafraîchis et organiser l'hydratation des personnes fragiles — prise par : "
                        + "Commune et CCAS, Conseil départemental",
                "- ○ Appeler chaque jour toutes les personnes inscrites au registre canicule — prise par personne",
                "**Légende**", "- — : rien de la part de l'institution sur cette action à cet inject",
                "- \\* (après la marque) : le catalogue nomme cette institution parmi les acteurs de l'action",
                "- Actions attendues par l'exercice prises à leur inject : 1 sur 10 (10 %).");
    }

    @Test
    void eachExpectedActionSaysWhoTookItAtItsInjectOrWhenItWasTakenLate() {
        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        take(0, Actor.ASSOCIATIONS, "VULNERABLE-REGISTER-CALLS", false);
        take(2, Actor.DEPARTMENT, "HEATWAVE-COOL-ROOMS", false);      // expected at inject 1, taken at inject 3
        take(2, Actor.DEPARTMENT, "HOME-HELP-CONTINUITY", false);     // expected at inject 3, taken there
        take(1, Actor.DEPARTMENT, "LESSONS-LEARNED", false);          // not expected at inject 2: no mark there
        Debrief d = debrief();
        List<ExpectedAction> first = d.injects().get(0).expected();
        assertThat(first).extracting(ExpectedAction::actionId).containsExactly("VULNERABLE-REGISTER-CALLS", "HEATWAVE-COOL-ROOMS");
        assertThat(first.get(0).takenBy()).containsExactly(Actor.COMMUNE_CCAS, Actor.ASSOCIATIONS);
        assertThat(first.get(0).leads()).containsExactly(Actor.COMMUNE_CCAS);
        assertThat(first.get(1).taken()).isFalse();
        assertThat(first.get(1).laterInject()).isEqualTo(2);
        assertThat(d.injects().get(1).expected()).noneMatch(ExpectedAction::taken);
        assertThat(d.injects().get(2).expected()).extracting(ExpectedAction::taken).containsExactly(false, true);

        Messages m = Messages.of(Lang.FR);
        assertThat(DebriefMarkdown.expected(first.get(0), m)).isEqualTo("prise par : Commune et CCAS (pilote), Associations");
        assertThat(DebriefMarkdown.expected(first.get(1), m)).isEqualTo("prise par personne à cet inject, puis à l'inject 3");
        // 10 expected over the 5 injects; taken in time: calls at inject 1 and home help at inject 3
        assertThat(d.overall().expected()).isEqualTo(10);
        assertThat(d.overall().expectedTaken()).isEqualTo(2);
        assertThat(d.overall().expectedPct()).isEqualTo(20);
    }

    @Test
    void aSessionEndedAtTheSecondInjectIsJudgedOnTheTwoInjectsPlayedOnly() {
        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        take(1, Actor.DEPARTMENT, "HOME-HELP-CONTINUITY", true);
        Debrief d = Debrief.of(timeline, 1, decisions, responses, List.of());
        assertThat(d.injects()).extracting(r -> r.step().index()).containsExactly(0, 1);
        assertThat(d.unplayed()).extracting(Timeline.Step::index).containsExactly(2, 3, 4);
        int expectedInTwo = timeline.steps().get(0).inject().expectedActions().size()
                + timeline.steps().get(1).inject().expectedActions().size();
        assertThat(d.overall().expected()).isEqualTo(expectedInTwo).isLessThan(10);
        Set<String> recommendedInTwo = timeline.steps().subList(0, 2).stream()
                .flatMap(st -> st.assessment().actions().stream()).map(AssessedAction::id).collect(Collectors.toSet());
        assertThat(d.overall().recommended()).isEqualTo(recommendedInTwo.size());

        ExerciseSession s = new ExerciseSession(1L, "ABC234", "canicule-personnes-isolees", "Canicule", "{}", "fr",
                "formateur", SessionState.ENDED, 1, 0, T, 1);
        String md = DebriefMarkdown.render(d, s, List.of());
        assertThat(md).contains("La session s'est arrêtée à l'inject 2 sur 5", "## Inject 1/5 · J0", "## Inject 2/5",
                "## Injects non joués", "- Inject 3/5 · ", "- Inject 5/5 · ",
                "Actions attendues par l'exercice prises à leur inject : " + d.overall().expectedTaken() + " sur " + expectedInTwo + " (")
                .doesNotContain("## Inject 3/5", "## Inject 4/5", "## Inject 5/5");
    }

    @Test
    void theInjectsPlayedAreAsFarAsTheClockWentEvenAfterGoingBack() {
        ExerciseSession back = new ExerciseSession(1L, "ABC234", "x", "x", "{}", "fr", "formateur", SessionState.ENDED, 1, 0, T, 1);
        List<SessionEvent> events = List.of(new SessionEvent(1L, 1L, SessionEvent.Kind.OPENED, -1, T),
                new SessionEvent(2L, 1L, SessionEvent.Kind.STARTED, 0, T), new SessionEvent(3L, 1L, SessionEvent.Kind.NEXT, 1, T),
                new SessionEvent(4L, 1L, SessionEvent.Kind.NEXT, 2, T), new SessionEvent(5L, 1L, SessionEvent.Kind.BACK, 1, T),
                new SessionEvent(6L, 1L, SessionEvent.Kind.ENDED, 1, T));
        assertThat(Debrief.playedThrough(back, events)).isEqualTo(2);
        ExerciseSession waiting = new ExerciseSession(1L, "ABC234", "x", "x", "{}", "fr", "formateur", SessionState.WAITING, -1, -1, T, 1);
        assertThat(Debrief.playedThrough(waiting, events.subList(0, 1))).isEqualTo(-1);
    }

    @Test
    void theChronologyTellsDecisionsAcceptancesAndSetAsidesBetweenTheClocksMoves() {
        String first = timeline.steps().get(0).assessment().actions().get(0).id();
        String second = timeline.steps().get(0).assessment().actions().get(1).id();
        decisions.add(new Decision(1L, 1L, 1L, Actor.COMMUNE_CCAS, 0, first, null, "Mme Martin", "ce soir", true, T.plusSeconds(120)));
        responses.add(new SuggestionResponse(1L, 1L, 1L, Actor.COMMUNE_CCAS, 0, first, true, null, null, T.plusSeconds(120)));
        responses.add(new SuggestionResponse(2L, 1L, 2L, Actor.ARS, 0, second, false, OverrideReason.NOT_OUR_ROLE, "voir le CCAS",
                T.plusSeconds(180)));
        own(0, Actor.ASSOCIATIONS, "Porter l'eau aux isolés");
        List<SessionEvent> events = List.of(new SessionEvent(1L, 1L, SessionEvent.Kind.STARTED, 0, T),
                new SessionEvent(2L, 1L, SessionEvent.Kind.ENDED, 0, T.plusSeconds(600)));
        Debrief d = Debrief.of(timeline, 0, decisions, responses, events);
        Messages m = Messages.of(Lang.FR);
        String callsTitle = timeline.steps().get(0).assessment().actions().get(0).title();
        String asideTitle = timeline.steps().get(0).assessment().actions().get(1).title();
        assertThat(d.timeline()).extracting(Chronology.Moment::kind).containsExactly(Chronology.Kind.CLOCK,
                Chronology.Kind.DECISION, Chronology.Kind.ACCEPTED, Chronology.Kind.SET_ASIDE, Chronology.Kind.CLOCK);
        assertThat(d.timeline().stream().map(e -> Chronology.line(e, m, x -> x)).toList()).containsExactly(
                "début, inject 1",
                "Associations décide : « Porter l'eau aux isolés » (porteur : Responsable, échéance : J+1) — inject 1",
                "Commune et CCAS accepte la recommandation « " + callsTitle + " » (pilote, porteur : Mme Martin, échéance : ce soir) — inject 1",
                "ARS écarte la recommandation « " + asideTitle + " » : pas de notre compétence (« voir le CCAS ») — inject 1",
                "fin de la session");
    }

    @Test
    void anActionIsNamedWithTheWordsOfItsSuggestionWhereverTheDebriefNamesIt() {
        // a heatwave: the register calls are the heatwave's daily calls, in the suggestion as in the expected action
        take(0, Actor.COMMUNE_CCAS, "VULNERABLE-REGISTER-CALLS", true);
        Debrief d = debrief();
        String suggested = timeline.steps().get(0).suggested("VULNERABLE-REGISTER-CALLS").orElseThrow().title();
        assertThat(suggested).isEqualTo("Appeler chaque jour toutes les personnes inscrites au registre canicule");
        assertThat(d.injects().get(0).expected().get(0).title()).isEqualTo(suggested);
        assertThat(timeline.steps().get(0).catalogue().get("VULNERABLE-REGISTER-CALLS").title()).isEqualTo(suggested);
    }
}
