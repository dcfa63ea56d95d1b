package fr.vigiesociale.bench.floor;

import fr.vigiesociale.engine.Signal;
import fr.vigiesociale.ruleset.CountThresholds;
import fr.vigiesociale.ruleset.IndicatorThreshold;
import fr.vigiesociale.scenario.Crisis;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Governance;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.Lockdown;
import fr.vigiesociale.scenario.Practices;
import fr.vigiesociale.scenario.Resources;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.Territory;
import fr.vigiesociale.scenario.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hand-written rules read: the scenario's facts, with its signals built as the engine
 * builds them (every known indicator read against its thresholds), and the rule base's counts.
 */
abstract class ScenarioFacts {

    final Book book;
    private final Scenario scenario;
    private final Signal[] signals = new Signal[Indicator.values().length];
    private final List<Signal> known = new ArrayList<>();
    private final List<Signal> watched = new ArrayList<>();

    ScenarioFacts(Book book, Scenario scenario) {
        this.book = book;
        this.scenario = scenario;
        for (Indicator i : Indicator.values()) {
            Double v = scenario.indicators().values().get(i);
            IndicatorThreshold t = book.ruleSet().thresholds().get(i);
            if (v != null && t != null) {
                signals[i.ordinal()] = new Signal(i, v, t, t.status(v), book.scoring().signalPoints(t, v));
                known.add(signals[i.ordinal()]);
                if (signals[i.ordinal()].atLeastWatch()) {
                    watched.add(signals[i.ordinal()]);
                }
            }
        }
    }

    Territory territory() {
        return scenario.territory();
    }

    Crisis crisis() {
        return scenario.crisis();
    }

    Governance governance() {
        return scenario.governance();
    }

    Resources resources() {
        return scenario.resources();
    }

    Practices practices() {
        return scenario.practices();
    }

    CountThresholds counts() {
        return book.ruleSet().counts();
    }

    /** The indicator's signal when it reaches its watch threshold, else null. */
    Signal watch(Indicator i) {
        Signal s = signals[i.ordinal()];
        return s != null && s.atLeastWatch() ? s : null;
    }

    /** The indicator's signal when it reaches its alarm threshold, else null. */
    Signal alarm(Indicator i) {
        Signal s = signals[i.ordinal()];
        return s != null && s.alarming() ? s : null;
    }

    /** True when some signal reaches its alarm threshold. */
    boolean anyAlarm() {
        for (Signal s : watched) {
            if (s.alarming()) {
                return true;
            }
        }
        return false;
    }

    /** Every known signal, whatever its level. */
    List<Signal> known() {
        return known;
    }

    /** The signals at or past their watch threshold. */
    List<Signal> watched() {
        return watched;
    }

    boolean phase(CrisisPhase... phases) {
        for (CrisisPhase p : phases) {
            if (p == crisis().phase()) {
                return true;
            }
        }
        return false;
    }

    boolean lockdown(Lockdown l) {
        return crisis().lockdown() == l;
    }

    boolean hazard(Hazard... hazards) {
        for (Hazard h : hazards) {
            if (h == crisis().hazard()) {
                return true;
            }
        }
        return false;
    }

    boolean largeTerritory() {
        TerritoryLevel level = territory().level();
        return level == TerritoryLevel.DEPARTMENT || level == TerritoryLevel.REGION
                || territory().population() >= counts().largeTerritoryMinPopulation();
    }

    boolean longClosure() {
        Integer weeks = crisis().weeksElapsed();
        return weeks != null && weeks >= counts().longClosureMinWeeks();
    }

    /** Power or telephone cut for at least {@code pct} % of the population (unknown: not cut). */
    boolean cut(int pct) {
        Double cut = crisis().powerOrPhoneCutPct();
        return cut != null && cut >= pct;
    }

    /** Enough layoffs announced for a job-saving plan (unknown: not enough). */
    boolean layoffs() {
        Integer n = crisis().layoffsAnnounced();
        return n != null && n >= counts().layoffsPlanMin();
    }

    /** A nullable yes/no answered "no" (unknown is neither). */
    static boolean no(Boolean b) {
        return Boolean.FALSE.equals(b);
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
