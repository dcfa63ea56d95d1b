package fr.vigiesociale.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every commune, EPCI, département and région of the bundled reference, by code and by name.
 * Loaded once, on first use (a few tens of milliseconds), then shared: it never changes.
 */
public final class TerritoryReference {

    private static final String DIR = "territories/";

    private final Map<PlaceKind, Map<String, Place>> byCode = new EnumMap<>(PlaceKind.class);
    private final Map<String, List<Place>> byName = new LinkedHashMap<>();

    private static final class Holder {
        private static final TerritoryReference INSTANCE = new TerritoryReference();
    }

    private TerritoryReference() {
        load(PlaceKind.COMMUNE, "communes.tsv");
        load(PlaceKind.EPCI, "epci.tsv");
        load(PlaceKind.DEPARTEMENT, "departements.tsv");
        load(PlaceKind.REGION, "regions.tsv");
    }

    /** The bundled reference. */
    public static TerritoryReference get() {
        return Holder.INSTANCE;
    }

    /** The place with this code, the smallest kind first (a code can name a département and a région). */
    public Optional<Place> byCode(String code) {
        for (PlaceKind kind : PlaceKind.values()) {
            Place p = byCode.get(kind).get(code);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The place of this kind with this code. */
    public Optional<Place> byCode(PlaceKind kind, String code) {
        return Optional.ofNullable(byCode.get(kind).get(code));
    }

    /** Every place of a kind, in code order. */
    public List<Place> all(PlaceKind kind) {
        return List.copyOf(byCode.get(kind).values());
    }

    /** The places with this name, ignoring case, accents, hyphens and apostrophes; smallest kinds first. */
    public List<Place> byName(String name) {
        return byName.getOrDefault(normalise(name), List.of());
    }

    /**
     * The places whose name starts with {@code prefix} (ignoring case, accents, hyphens and
     * apostrophes), an exact name first, then the most populated: what a form offers as one types.
     */
    public List<Place> search(String prefix, int limit) {
        String p = normalise(prefix);
        if (p.length() < 2) {
            return List.of();
        }
        // names are indexed already normalised: the exact one is its own entry, no name is normalised again
        java.util.Comparator<Map.Entry<String, Place>> order = java.util.Comparator
                .comparing((Map.Entry<String, Place> e) -> !e.getKey().equals(p))
                .thenComparing(e -> e.getValue().population() == null ? 0L : -e.getValue().population());
        return byName.entrySet().stream().filter(e -> e.getKey().startsWith(p))
                .flatMap(e -> e.getValue().stream().map(place -> Map.entry(e.getKey(), place)))
                .sorted(order).limit(limit).map(Map.Entry::getValue).toList();
    }

    /** How many places of a kind the reference holds. */
    public int count(PlaceKind kind) {
        return byCode.get(kind).size();
    }

    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[-'’\\s]+", " ").strip();
    }

    /**
     * A département's or a région's population, which the reference does not give: the sum of its
     * communes' municipal populations ({@code null} for one without inhabitants, such as the
     * Terres australes or Clipperton).
     */
    private Long summed(PlaceKind kind, String code) {
        if (kind != PlaceKind.DEPARTEMENT && kind != PlaceKind.REGION) {
            return null;
        }
        long sum = 0;
        for (Place c : byCode.get(PlaceKind.COMMUNE).values()) {
            String of = kind == PlaceKind.DEPARTEMENT ? c.departement() : c.region();
            if (code.equals(of) && c.population() != null) {
                sum += c.population();
            }
        }
        return sum > 0 ? sum : null;
    }

    private void load(PlaceKind kind, String file) {
        Map<String, Place> places = new LinkedHashMap<>();
        try (InputStream in = TerritoryReference.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(DIR + file + " missing from the class path: rebuild with mvn package");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(reader.readLine().split("\t", -1));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t", -1);
                Long population = population(cell(header, cells, "population"));
                Place p = new Place(cells[0], cells[1], kind, population != null ? population : summed(kind, cells[0]),
                        kind == PlaceKind.DEPARTEMENT ? cells[0] : cell(header, cells, "departement"),
                        kind == PlaceKind.REGION ? cells[0] : cell(header, cells, "region"),
                        kind == PlaceKind.EPCI ? cells[0] : cell(header, cells, "epci"));
                places.put(p.code(), p);
                byName.computeIfAbsent(normalise(p.name()), k -> new ArrayList<>()).add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byCode.put(kind, Collections.unmodifiableMap(places));
    }

    private static String cell(List<String> header, String[] cells, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= cells.length || cells[i].isEmpty() ? null : cells[i];
    }

    private static Long population(String cell) {
        return cell == null ? null : Long.valueOf(cell);
    }
}
