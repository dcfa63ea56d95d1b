package fr.vigiesociale.web.batch;

import fr.vigiesociale.batch.BatchResult;
import fr.vigiesociale.batch.RankedTerritory;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Labels;
import fr.vigiesociale.ruleset.Level;
import fr.vigiesociale.ruleset.Weights;
import fr.vigiesociale.scenario.Numbers;
import fr.vigiesociale.territory.PlaceKind;
import fr.vigiesociale.territory.TerritoryReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the batch pages show: territories as table rows, départements as map areas and a summary. */
public record BatchView(List<Row> rows, List<Area> areas, List<Area> overseas, String ranked, String total) {

    /** A ranked territory as the table shows it. */
    public record Row(int rank, int line, String code, String name, String departement, String level, String levelClass,
               String score, long population, List<String> actions, String counts) { }

    /** A département: its worst level (from its most urgent territory), how many territories, its link. */
    public record Area(String code, String name, String path, String levelClass, String label, String href, int territories) { }

    public static BatchView of(BatchResult r, List<RankedTerritory> shown, DepartementMap map, String base, Messages m) {
        List<Row> rows = shown.stream().map(t -> row(t, m)).toList();
        Map<String, List<RankedTerritory>> byDep = new LinkedHashMap<>();
        r.territories().forEach(t -> byDep.computeIfAbsent(t.departement() == null ? "" : t.departement(), k -> new ArrayList<>()).add(t));
        List<Area> areas = new ArrayList<>();
        java.util.Set<String> drawn = new java.util.HashSet<>();
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
        StringBuilder counts = new StringBuilder();
        for (Level l : Level.values()) {
            int n = t.triage().levels().getOrDefault(l, 0);
            if (n > 0) {
                counts.append(counts.isEmpty() ? "" : " · ").append(n).append(' ').append(m.get("level." + l).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new Row(t.rank(), t.line(), t.inseeCode(), t.name(), t.departement() == null ? "" : t.departement(),
                top == null ? "—" : m.get("level." + top), top == null ? "level-none" : "level-" + top.name(),
                m.number(Numbers.plain(Weights.round(t.triage().topScore()))), t.population(),
                t.triage().top().stream().map(a -> a.title()).toList(), counts.toString());
    }

    private static Area area(String code, String name, String path, List<RankedTerritory> ts, String base, Messages m) {
        if (ts == null || ts.isEmpty()) {
            return new Area(code, name, path, "level-none", m.get("web.batch.area.none", name, code), null, 0);
        }
        RankedTerritory worst = ts.get(0);
        Level l = worst.triage().topLevel();
        String levelText = l == null ? "—" : m.get("level." + l);
        return new Area(code, name, path, l == null ? "level-none" : "level-" + l.name(),
                m.get("web.batch.area.label", name, code, Labels.population(ts.size(), m), levelText, worst.name(),
                        m.number(Numbers.plain(Weights.round(worst.triage().topScore())))),
                base + "/departements/" + code, ts.size());
    }
}
