package fr.vigiesociale.web.page;

import fr.vigiesociale.report.FactLabels;

import fr.vigiesociale.api.AssessedAction;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.DataGap;
import fr.vigiesociale.api.Reason;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.report.Citations;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Context;
import fr.vigiesociale.report.Labels;
import fr.vigiesociale.report.Plan;
import fr.vigiesociale.report.ScoreNotes;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.PolicyArea;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the result page (and the PDF report) shows of an assessment, with every label already in
 * the reader's language: the priorities, cards, the "Pourquoi ?" detail, data gaps and the chart by
 * policy area.
 */
record ResultView(
        String title,
        String description,
        String context,
        List<PlanItem> priorities,
        List<Card> cards,
        List<Gap> gaps,
        List<AreaBar> areas,
        List<LevelCount> levelCounts,
        String rulesetLine,
        String scenarioYaml,
        List<String> passages,
        List<WhyNot> notProposed) {

    /** One of the priorities the assessment leads with: its first step and who carries it. */
    record PlanItem(int rank, String id, String title, String level, String levelLabel, String score, String firstStep,
                    String carriedBy) { }

    /** An action not proposed, with what is missing for it to be ("Pourquoi pas ?"). */
    record WhyNot(String title, List<String> reasons) { }

    /**
     * One action card. {@code scoreNote} says how the points make the score; {@code tieBreak}, when
     * the action has the same score as the one before it, what ranked that one first.
     */
    record Card(int rank, String id, String title, String description, String level, String levelLabel,
                String score, String scoreNote, String tieBreak, String confidence, String horizon, List<String> actors,
                List<String> shortActors, List<String> areas, List<Preco> preconisations, List<Why> reasons) { }

    record Preco(int number, String title) { }

    /** How many actions reach one level (levels with none are left out), most urgent first. */
    record LevelCount(String level, String label, long count) { }

    /**
     * One reason: the rule, the sentence, the points, the facts read, the passages the rule
     * implements (each linked to the report page), how the rule relates to them, and for a signal
     * where its thresholds come from ({@code null} otherwise). {@code printed} says all of it but the
     * sentence on one line, as the printed report gives it under the sentence.
     */
    record Why(String rule, String text, String given, String countsFor, List<Fact> facts, List<CitedDocument> sources,
               String thresholds, String printed) {

        /** "+12,0", or "+12,0 (compte +7,7)" when the points are shared with other triggers. */
        public String points() {
            return countsFor == null ? given : given + " " + countsFor;
        }
    }

    /** The passages a reason cites in one document. */
    record CitedDocument(String document, List<Cited> passages) { }

    /** A passage a reason cites: its id (the report page's anchor), its quote and link, and its full citation. */
    record Cited(String id, String label, String title) { }

    record Fact(String label, String value) { }

    record Gap(String field, String label, String why) { }

    /** One bar of the chart: the highest score in a policy area, its level, and how many actions. */
    record AreaBar(String label, double score, String scoreLabel, String level, long count) {

        /** Bar length in the chart, in % of the drawing width. */
        public double width() {
            return Math.max(score, 1.5);
        }
    }

    static ResultView of(Scenario s, Assessment a, RuleBase rules) {
        Messages m = Messages.of(a.lang());
        FactLabels facts = new FactLabels(m);
        // the printed report numbers the cited passages, in the order it lists them at its end
        Map<String, Integer> numbers = new java.util.HashMap<>();
        a.sources().keySet().forEach(id -> numbers.put(id, numbers.size() + 1));
        List<Card> cards = a.actions().stream().map(x -> card(x, m, facts, rules, a.sources(), numbers)).toList();
        List<Gap> gaps = a.dataGaps().stream().map(g -> gap(g, facts)).toList();
        List<LevelCount> counts = new ArrayList<>();
        for (Level l : Level.values()) {
            long n = a.actions().stream().filter(x -> x.level() == l).count();
            if (n > 0) {
                counts.add(new LevelCount(l.name(), m.get("level." + l), n));
            }
        }
        List<PlanItem> plan = a.priorities().stream().map(p -> new PlanItem(p.rank(), p.action(), p.title(),
                p.level().name(), m.get("level." + p.level()), Labels.score(p.score(), m), p.firstStep(),
                Plan.carriedBy(p, m))).toList();
        return new ResultView(s.title(), s.description(), Context.line(s, m), plan, cards, gaps, areas(a, m), counts,
                m.get("report.ruleset", a.ruleset().name(), a.ruleset().version(), a.ruleset().rules(),
                        a.ruleset().sha256().substring(0, 12)),
                ScenarioWriter.yaml(s), a.sources().values().stream().map(p -> Citations.full(p, m)).toList(),
                a.notProposed().stream().map(n -> new WhyNot(n.title(),
                        n.nearest().stream().map(w -> w.text()).toList())).toList());
    }

    private static Card card(AssessedAction x, Messages m, FactLabels facts, RuleBase rules,
                             Map<String, SourcePassage> sources, Map<String, Integer> numbers) {
        List<Why> reasons = x.reasons().stream().map(r -> why(r, m, facts, sources, numbers)).toList();
        return new Card(x.rank(), x.id(), x.title(), x.description(), x.level().name(), m.get("level." + x.level()),
                Labels.score(x.score(), m), ScoreNotes.scoreNote(x, rules.scale(), m),
                ScoreNotes.tieBreak(x, m), ScoreNotes.confidence(x, m),
                m.get("horizon." + x.horizon()),
                x.actors().stream().map(r -> m.get("actor." + r)).toList(),
                x.actors().stream().map(r -> m.get("actor.short." + r)).toList(),
                x.policyAreas().stream().map(p -> m.get("area." + p)).toList(),
                x.preconisations().stream().map(n -> new Preco(n, rules.preconisationTitle(n, m.lang()))).toList(),
                reasons);
    }

    private static Why why(Reason r, Messages m, FactLabels labels, Map<String, SourcePassage> sources,
                           Map<String, Integer> numbers) {
        List<Fact> facts = r.facts().entrySet().stream()
                .map(f -> new Fact(labels.label(f.getKey()), labels.value(f.getKey(), f.getValue()))).toList();
        List<CitedDocument> cited = Citations.byDocument(r.sources(), sources).entrySet().stream()
                .map(e -> new CitedDocument(e.getKey(), e.getValue().stream().map(c -> new Cited(c.passage().id(),
                        Citations.label(c, m), Citations.cited(c.passage(), m))).toList()))
                .toList();
        String thresholds = r.threshold() == null ? null : r.threshold().source();
        // "règle « … » — Faits lus : A : x · B : y — Seuils : … — Sources : [2] (interprétation), [5] (direct)"
        List<String> parts = new ArrayList<>();
        parts.add(m.get("web.result.rule", r.rule()));
        if (!facts.isEmpty()) {
            parts.add(m.get("web.result.facts") + m.get("punct.colon")
                    + String.join(" · ", facts.stream().map(f -> f.label() + m.get("punct.colon") + f.value()).toList()));
        }
        if (thresholds != null) {
            parts.add(m.get("web.result.thresholds", thresholds));
        }
        parts.add(m.get("web.result.source") + " " + String.join(", ", r.sources().stream()
                .filter(c -> numbers.containsKey(c.passage()))
                .map(c -> "[" + numbers.get(c.passage()) + "] (" + Citations.shortLink(c.link(), m) + ")").toList()));
        return new Why(r.rule(), r.text(), Labels.points(r.points(), m), ScoreNotes.countsFor(r, m), facts, cited, thresholds,
                String.join(" — ", parts));
    }

    private static Gap gap(DataGap g, FactLabels facts) {
        return new Gap(g.field(), facts.label(g.field()), g.why());
    }

    /** Policy areas touched by at least one action, most urgent first. */
    private static List<AreaBar> areas(Assessment a, Messages m) {
        List<AreaBar> bars = new ArrayList<>();
        for (PolicyArea p : PolicyArea.values()) {
            List<AssessedAction> in = a.actions().stream().filter(x -> x.policyAreas().contains(p)).toList();
            if (in.isEmpty()) {
                continue;
            }
            AssessedAction top = in.get(0); // actions are ranked, so the first is the highest score
            bars.add(new AreaBar(m.get("area." + p), top.score(), Labels.score(top.score(), m), top.level().name(),
                    in.size()));
        }
        bars.sort((x, y) -> Double.compare(y.score(), x.score()));
        return bars;
    }
}
