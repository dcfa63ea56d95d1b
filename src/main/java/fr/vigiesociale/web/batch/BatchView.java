package fr.vigiesociale.web.batch;

import fr.vigiesociale.batch.BatchResult;
import fr.vigiesociale.batch.RankedTerritory;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Labels;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.territory.PlaceKind;
import fr.vigiesociale.territory.TerritoryReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the batch pages show: territories as table rows, départements as map areas and a summary.
 * A département is coloured by the share of its people who live in a territory at HIGH or
 * CRITICAL — not by its worst territory, which paints almost every département red as soon as one
 * of its hundreds of communes is.
 */
public record BatchView(List<Row> rows, List<Area> areas, List<Area> overseas, String ranked, String total) {

    /** The upper bounds of the map's classes of share, in %: five classes of 20 points. */
    static final int[] SHARE_BOUNDS = {20, 40, 60, 80};

    /** A ranked territory as the table shows it. */
    public record Row(int rank, int line, String code, String name, String departement, String level, String levelClass,
               String score, long population, List<String> actions, String counts) { }

    /**
     * A département: the share of its population in a territory at HIGH or above, its class on the
     * map, what its tooltip says, the link to its territories and how many there are.
     */
    public record Area(String code, String name, String path, String shareClass, String label, String href, int territories) { }

    /** The figures of one département's territories, for its page. */
    public record Summary(String share, String people, String levels) { }

    public static BatchView of(BatchResult r, List<RankedTerritory> shown, DepartementMap map, String base, Messages m) {
        List<Row> rows = shown.stream().map(t -> row(t, m)).toList();
        Map<String, List<RankedTerritory>> byDep = new LinkedHashMap<>();
        r.territories().forEach(t -> byDep.computeIfAbsent(t.departement() == null ? "" : t.departement(), k -> new ArrayList<>()).add(t));
        List<Area> areas = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        for (DepartementMap.Outline o : map.outlines()) {
            areas.add(area(o.code(), o.name(), o.path(), byDep.get(o.code()), base, m));
            drawn.add(o.code());
        }
        List<Area> overseas = new ArrayList<>();
        byDep.forEach((code, ts) -> {
            if (!code.isEmpty() && !drawn.contains(code)) {
                String name = TerritoryReference.get().byCode(PlaceKind.DEPARTEMENT, code).map(p -> p.name()).orElse(code);
                overseas.add(area(code, name, null, ts, base, m));
            }
        });
        return new BatchView(rows, areas, overseas, Labels.population(r.territories().size(), m), Labels.population(r.rows(), m));
    }

    public static Row row(RankedTerritory t, Messages m) {
        Level top = t.triage().topLevel();
        return new Row(t.rank(), t.line(), t.inseeCode(), t.name(), t.departement() == null ? "" : t.departement(),
                top == null ? "—" : m.get("level." + top), top == null ? "level-none" : "level-" + top.name(),
                Labels.score(t.triage().topScore(), m), t.population(),
                t.triage().top().stream().map(a -> a.title()).toList(), perLevel(t.triage().levels(), m));
    }

    /** A département's page: the share of its people at HIGH or above, and its territories by level. */
    public static Summary summary(List<RankedTerritory> ts, Messages m) {
        Map<Level, Integer> byLevel = new LinkedHashMap<>();
        ts.forEach(t -> {
            Level l = t.triage().topLevel();
            if (l != null) {
                byLevel.merge(l, 1, Integer::sum);
            }
        });
        long[] people = people(ts);
        return new Summary(pct(people, m), m.get("web.batch.people", Labels.population(people[1], m), Labels.population(people[0], m)),
                perLevel(byLevel, m));
    }

    /** "2 critique · 480 élevé · 165 moyen", most urgent first, levels without any left out. */
    private static String perLevel(Map<Level, Integer> counts, Messages m) {
        StringBuilder out = new StringBuilder();
        for (Level l : Level.values()) {
            int n = counts.getOrDefault(l, 0);
            if (n > 0) {
                out.append(out.isEmpty() ? "" : " · ").append(n).append(' ').append(m.get("level." + l).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static Area area(String code, String name, String path, List<RankedTerritory> ts, String base, Messages m) {
        if (ts == null || ts.isEmpty()) {
            return new Area(code, name, path, "share-none", m.get("web.batch.area.none", name, code), null, 0);
        }
        RankedTerritory worst = ts.get(0);
        long[] people = people(ts);
        Level l = worst.triage().topLevel();
        return new Area(code, name, path, "share-" + shareClass(people),
                m.get("web.batch.area.label", name, code, pct(people, m), Labels.population(ts.size(), m), worst.name(),
                        l == null ? "—" : m.get("level." + l), Labels.score(worst.triage().topScore(), m)),
                base + "/departements/" + code, ts.size());
    }

    /** {all people, people in a territory at HIGH or CRITICAL}. */
    private static long[] people(List<RankedTerritory> ts) {
        long all = 0;
        long urgent = 0;
        for (RankedTerritory t : ts) {
            all += t.population();
            Level l = t.triage().topLevel();
            if (l == Level.CRITICAL || l == Level.HIGH) {
                urgent += t.population();
            }
        }
        return new long[] {all, urgent};
    }

    /** 0 to 4, the class of the share on the map's legend. */
    static int shareClass(long[] people) {
        double pct = people[0] == 0 ? 0 : 100.0 * people[1] / people[0];
        int c = 0;
        while (c < SHARE_BOUNDS.length && pct >= SHARE_BOUNDS[c]) {
            c++;
        }
        return c;
    }

    private static String pct(long[] people, Messages m) {
        return m.get("web.batch.pct", people[0] == 0 ? 0 : Math.round(100.0 * people[1] / people[0]));
    }
}
