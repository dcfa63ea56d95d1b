package fr.vigiesociale.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The field catalogue of contract v1 §1: every field of a scenario, in contract order, with its
 * type and constraints. It is the single source for the reader's validation, the published JSON
 * Schema, the French and English field reference, and (later) the web form.
 */
public final class ScenarioFields {

    /** The only schema version this reader accepts. */
    /** The latest scenario schema version, the one new scenarios are written in. */
    public static final int SCHEMA_VERSION = 2;
    /** The oldest version still read: version 1 files are read as before (they have no {@code crisis.hazard}). */
    public static final int OLDEST_SCHEMA_VERSION = 1;

    /** The blocks of a scenario, in contract order; the first two are required. */
    public static final List<String> BLOCKS =
            List.of("territory", "crisis", "indicators", "governance", "resources", "practices");

    private static final List<String> REQUIRED_BLOCKS = List.of("territory", "crisis");

    private static final List<FieldSpec> ALL = build();
    /** Looked up for every cell of every file: indexed once. */
    private static final java.util.Map<String, FieldSpec> BY_PATH = ALL.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(FieldSpec::path, f -> f));
    private static final java.util.Map<String, List<FieldSpec>> BY_BLOCK = ALL.stream()
            .collect(java.util.stream.Collectors.groupingBy(FieldSpec::block, java.util.LinkedHashMap::new,
                    java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), List::copyOf)));

    private ScenarioFields() {
    }

    /** Every leaf field, in contract order. */
    public static List<FieldSpec> all() {
        return ALL;
    }

    public static Optional<FieldSpec> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    public static boolean isRequiredBlock(String block) {
        return REQUIRED_BLOCKS.contains(block);
    }

    /** The fields of one block ({@code ""} for top-level fields), in contract order. */
    public static List<FieldSpec> inBlock(String block) {
        return BY_BLOCK.getOrDefault(block, List.of());
    }

    private static List<FieldSpec> build() {
        List<FieldSpec> f = new ArrayList<>();
        f.add(new FieldSpec("schemaVersion", FieldType.INTEGER, true, (double) OLDEST_SCHEMA_VERSION,
                (double) SCHEMA_VERSION, List.of(), null));
        f.add(new FieldSpec("id", FieldType.SLUG, true, null, null, List.of(), null));
        f.add(new FieldSpec("title", FieldType.TEXT, true, null, null, List.of(), null));
        f.add(new FieldSpec("description", FieldType.FREE_TEXT, false, null, null, List.of(), null));

        f.add(new FieldSpec("territory.name", FieldType.TEXT, true, null, null, List.of(), null));
        f.add(enumField("territory.level", TerritoryLevel.class, true, null));
        f.add(new FieldSpec("territory.inseeCode", FieldType.TEXT, false, null, null, List.of(), null));
        f.add(new FieldSpec("territory.population", FieldType.INTEGER, true, 1.0, null, List.of(), null));
        f.add(new FieldSpec("territory.priorityNeighbourhood", FieldType.BOOLEAN, false, null, null, List.of(), false));
        f.add(new FieldSpec("territory.rural", FieldType.BOOLEAN, false, null, null, List.of(), false));

        f.add(enumField("crisis.kind", CrisisKind.class, true, null));
        f.add(enumField("crisis.hazard", Hazard.class, false, null));
        f.add(enumField("crisis.phase", CrisisPhase.class, true, null));
        f.add(enumField("crisis.lockdown", Lockdown.class, false, Lockdown.NONE));
        f.add(new FieldSpec("crisis.weeksElapsed", FieldType.INTEGER, false, 0.0, null, List.of(), null));
        f.add(new FieldSpec("crisis.householdsDisplaced", FieldType.INTEGER, false, 0.0, null, List.of(), null));
        f.add(new FieldSpec("crisis.powerOrPhoneCutPct", FieldType.NUMBER, false, 0.0, 100.0, List.of(), null));
        f.add(bool("crisis.careHomesClosedToVisits"));
        f.add(new FieldSpec("crisis.layoffsAnnounced", FieldType.INTEGER, false, 0.0, null, List.of(), null));
        f.add(bool("crisis.schoolsClosed"));

        for (Indicator i : Indicator.values()) {
            f.add(new FieldSpec(i.path(), FieldType.NUMBER, false, i.minimum(), i.maximum(), List.of(), null));
        }

        f.add(bool("governance.socialSectorInCrisisCell"));
        f.add(enumField("governance.nationalLocalCoordination", Coordination.class, false, null));
        f.add(bool("governance.priorPartnerships"));
        f.add(bool("governance.governanceProtocols"));
        f.add(bool("governance.socialImpactPlan"));
        f.add(bool("governance.peopleSupportedParticipation"));

        f.add(enumField("resources.civicReserve", CivicReserve.class, false, null));
        f.add(new FieldSpec("resources.civicReserveVolunteers", FieldType.INTEGER, false, 0.0, null, List.of(), null));
        f.add(bool("resources.citizenCollectivesActive"));
        f.add(bool("resources.localSocialWorkCommittee"));
        f.add(new FieldSpec("resources.outreachTeams", FieldType.INTEGER, false, 0.0, null, List.of(), null));
        f.add(enumField("resources.staffDigitalEquipment", DigitalEquipment.class, false, null));

        f.add(enumField("practices.administrativeBurden", AdministrativeBurden.class, false, null));
        f.add(bool("practices.frontlineInitiativeDelegated"));
        f.add(bool("practices.crossInstitutionalTraining"));
        f.add(bool("practices.proximityManagersSupported"));
        return Collections.unmodifiableList(f);
    }

    private static FieldSpec bool(String path) {
        return new FieldSpec(path, FieldType.BOOLEAN, false, null, null, List.of(), null);
    }

    private static FieldSpec enumField(String path, Class<? extends Enum<?>> type, boolean required, Enum<?> dflt) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return new FieldSpec(path, FieldType.ENUM, required, null, null, names, dflt == null ? null : dflt.name());
    }

    // ---------------------------------------------------------------- flat map <-> records

    static Map<String, Object> flatten(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", s.schemaVersion());
        m.put("id", s.id());
        m.put("title", s.title());
        put(m, "description", s.description());
        Territory t = s.territory();
        m.put("territory.name", t.name());
        m.put("territory.level", t.level());
        put(m, "territory.inseeCode", t.inseeCode());
        m.put("territory.population", t.population());
        m.put("territory.priorityNeighbourhood", t.priorityNeighbourhood());
        m.put("territory.rural", t.rural());
        Crisis c = s.crisis();
        m.put("crisis.kind", c.kind());
        put(m, "crisis.hazard", c.hazard());
        m.put("crisis.phase", c.phase());
        m.put("crisis.lockdown", c.lockdown());
        put(m, "crisis.weeksElapsed", c.weeksElapsed());
        put(m, "crisis.householdsDisplaced", c.householdsDisplaced());
        put(m, "crisis.powerOrPhoneCutPct", c.powerOrPhoneCutPct());
        put(m, "crisis.careHomesClosedToVisits", c.careHomesClosedToVisits());
        put(m, "crisis.layoffsAnnounced", c.layoffsAnnounced());
        put(m, "crisis.schoolsClosed", c.schoolsClosed());
        for (Indicator i : Indicator.values()) {
            put(m, i.path(), s.indicators().values().get(i));
        }
        Governance g = s.governance();
        put(m, "governance.socialSectorInCrisisCell", g.socialSectorInCrisisCell());
        put(m, "governance.nationalLocalCoordination", g.nationalLocalCoordination());
        put(m, "governance.priorPartnerships", g.priorPartnerships());
        put(m, "governance.governanceProtocols", g.governanceProtocols());
        put(m, "governance.socialImpactPlan", g.socialImpactPlan());
        put(m, "governance.peopleSupportedParticipation", g.peopleSupportedParticipation());
        Resources r = s.resources();
        put(m, "resources.civicReserve", r.civicReserve());
        put(m, "resources.civicReserveVolunteers", r.civicReserveVolunteers());
        put(m, "resources.citizenCollectivesActive", r.citizenCollectivesActive());
        put(m, "resources.localSocialWorkCommittee", r.localSocialWorkCommittee());
        put(m, "resources.outreachTeams", r.outreachTeams());
        put(m, "resources.staffDigitalEquipment", r.staffDigitalEquipment());
        Practices p = s.practices();
        put(m, "practices.administrativeBurden", p.administrativeBurden());
        put(m, "practices.frontlineInitiativeDelegated", p.frontlineInitiativeDelegated());
        put(m, "practices.crossInstitutionalTraining", p.crossInstitutionalTraining());
        put(m, "practices.proximityManagersSupported", p.proximityManagersSupported());
        return m;
    }

    private static void put(Map<String, Object> m, String path, Object value) {
        if (value != null) {
            m.put(path, value);
        }
    }

    static Scenario bind(Map<String, ?> m) {
        Function<String, Object> v = m::get;
        Map<Indicator, Double> indicators = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            Double d = number(v.apply(i.path()));
            if (d != null) {
                indicators.put(i, d);
            }
        }
        Number version = (Number) v.apply("schemaVersion");
        return new Scenario(
                version == null ? SCHEMA_VERSION : version.intValue(),
                (String) v.apply("id"),
                (String) v.apply("title"),
                (String) v.apply("description"),
                new Territory(
                        (String) v.apply("territory.name"),
                        enumValue(TerritoryLevel.class, v.apply("territory.level")),
                        (String) v.apply("territory.inseeCode"),
                        ((Number) v.apply("territory.population")).longValue(),
                        Boolean.TRUE.equals(v.apply("territory.priorityNeighbourhood")),
                        Boolean.TRUE.equals(v.apply("territory.rural"))),
                new Crisis(
                        enumValue(CrisisKind.class, v.apply("crisis.kind")),
                        enumValue(Hazard.class, v.apply("crisis.hazard")),
                        enumValue(CrisisPhase.class, v.apply("crisis.phase")),
                        enumValue(Lockdown.class, v.apply("crisis.lockdown")),
                        integer(v.apply("crisis.weeksElapsed")),
                        integer(v.apply("crisis.householdsDisplaced")),
                        v.apply("crisis.powerOrPhoneCutPct") == null ? null : ((Number) v.apply("crisis.powerOrPhoneCutPct")).doubleValue(),
                        (Boolean) v.apply("crisis.careHomesClosedToVisits"),
                        integer(v.apply("crisis.layoffsAnnounced")),
                        (Boolean) v.apply("crisis.schoolsClosed")),
                new Indicators(indicators),
                new Governance(
                        (Boolean) v.apply("governance.socialSectorInCrisisCell"),
                        enumValue(Coordination.class, v.apply("governance.nationalLocalCoordination")),
                        (Boolean) v.apply("governance.priorPartnerships"),
                        (Boolean) v.apply("governance.governanceProtocols"),
                        (Boolean) v.apply("governance.socialImpactPlan"),
                        (Boolean) v.apply("governance.peopleSupportedParticipation")),
                new Resources(
                        enumValue(CivicReserve.class, v.apply("resources.civicReserve")),
                        integer(v.apply("resources.civicReserveVolunteers")),
                        (Boolean) v.apply("resources.citizenCollectivesActive"),
                        (Boolean) v.apply("resources.localSocialWorkCommittee"),
                        integer(v.apply("resources.outreachTeams")),
                        enumValue(DigitalEquipment.class, v.apply("resources.staffDigitalEquipment"))),
                new Practices(
                        enumValue(AdministrativeBurden.class, v.apply("practices.administrativeBurden")),
                        (Boolean) v.apply("practices.frontlineInitiativeDelegated"),
                        (Boolean) v.apply("practices.crossInstitutionalTraining"),
                        (Boolean) v.apply("practices.proximityManagersSupported")));
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Object o) {
        if (o == null) {
            return null;
        }
        return type.isInstance(o) ? type.cast(o) : Enum.valueOf(type, o.toString());
    }
}
