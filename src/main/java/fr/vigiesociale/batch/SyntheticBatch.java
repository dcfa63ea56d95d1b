package fr.vigiesociale.batch;

import fr.vigiesociale.territory.Place;
import fr.vigiesociale.territory.PlaceKind;
import fr.vigiesociale.territory.TerritoryReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a batch file of synthetic indicators over the real communes of the reference, for tests,
 * benchmarks and demonstrations; its first line says so, and every value but the territories is
 * invented. Seeded: the same seed gives the same file. Each département gets a crisis intensity, each
 * commune a share of it with noise, so that neighbours look alike and towns differ from villages;
 * about one value in five is left unknown, as in real returns. Communes without inhabitants (the
 * villages destroyed in 1916, the Terres australes, Clipperton) are left out: there is nobody to help.
 */
public final class SyntheticBatch {

    static final List<String> COLUMNS = List.of(BatchReader.CODE, "population",
            "indicators.foodAidRequestsChangePct", "indicators.minimumIncomeClaimsChangePct",
            "indicators.isolatedPeopleUncontactedPct", "indicators.psychologicalDistressReportsChangePct",
            "indicators.domesticViolenceReportsChangePct", "indicators.emergencyShelterUnansweredPct",
            "indicators.digitalExclusionPct", "indicators.socialStaffAbsencePct",
            "governance.socialSectorInCrisisCell", "resources.civicReserve", "territory.rural");

    private SyntheticBatch() {
    }

    /** Writes the file: every commune, or those of one département ({@code departement} not null), at most {@code limit}. */
    public static void write(Writer out, long seed, String departement, int limit) {
        try {
            out.write("# Données synthétiques (générateur Vigie sociale, graine " + seed + ") : aucune valeur n'est"
                    + " réelle, seuls les territoires et leurs populations viennent du référentiel officiel.\n");
            out.write(String.join(";", COLUMNS) + "\n");
            int n = 0;
            for (Place c : TerritoryReference.get().all(PlaceKind.COMMUNE)) {
                boolean inhabited = c.population() != null && c.population() > 0;
                if (!inhabited || (departement != null && !departement.equals(c.departement())) || n >= limit) {
                    continue;
                }
                out.write(row(c, seed) + "\n");
                n++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(Place c, long seed) {
        double intensity = new Random(seed * 31 + c.departement().hashCode()).nextDouble();
        Random r = new Random(seed * 1_000_003L + c.code().hashCode());
        long population = c.population();
        double urban = Math.min(1, Math.log10(Math.max(population, 10)) / 5.5);
        double z = clamp(intensity * (0.6 + 0.8 * r.nextDouble()), 0, 1);
        StringBuilder row = new StringBuilder(c.code()).append(';');
        cell(row, r, 5 + 45 * z + 8 * r.nextGaussian(), -20, 150);
        cell(row, r, 1 + 12 * z + 3 * r.nextGaussian(), -10, 40);
        cell(row, r, 5 + 35 * z * (1.2 - urban) + 6 * r.nextGaussian(), 0, 100);
        cell(row, r, 5 + 45 * z + 10 * r.nextGaussian(), -20, 200);
        cell(row, r, 3 + 25 * z + 6 * r.nextGaussian(), -20, 150);
        if (population >= 20_000) {
            cell(row, r, 20 + 50 * z * urban + 10 * r.nextGaussian(), 0, 100);
        } else {
            row.append(';');
        }
        cell(row, r, 8 + 20 * (1 - urban) + 5 * r.nextGaussian(), 0, 100);
        cell(row, r, 4 + 18 * z + 4 * r.nextGaussian(), 0, 100);
        row.append(';').append(r.nextDouble() < 0.2 ? "" : r.nextDouble() < 0.35 + 0.4 * urban ? "true" : "false");
        row.append(';').append(r.nextDouble() < 0.2 ? "" : new String[] {"NONE", "REGISTERED", "MOBILISED"}[r.nextInt(3)]);
        row.append(';').append(population < 3_500 ? "true" : "false");
        return row.toString();
    }

    /** A value rounded to a tenth and kept in range, or left unknown one time in five. */
    private static void cell(StringBuilder row, Random r, double value, double min, double max) {
        row.append(';');
        if (r.nextDouble() >= 0.2) {
            row.append(String.format(Locale.FRANCE, "%.1f", clamp(value, min, max)));
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
