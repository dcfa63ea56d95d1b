package fr.vigiesociale.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.territory.PlaceKind;
import fr.vigiesociale.territory.TerritoryReference;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every commune of France at once, from the seeded generator, with a few rows broken on purpose:
 * every good row ranked, every bad one reported at its line and column, none lost.
 */
class NationalBatchTest {

    private static final CrisisDefaults HEALTH_ACUTE = new CrisisDefaults(Map.of("crisis.kind", "HEALTH", "crisis.phase", "ACUTE"));

    @Test
    void everyInhabitedCommuneIsRankedAndSeededBadRowsReported() throws IOException {
        StringWriter file = new StringWriter();
        SyntheticBatch.write(file, 7, null, Integer.MAX_VALUE);
        List<String> lines = new java.util.ArrayList<>(file.toString().lines().toList());
        assertThat(lines.get(0)).startsWith("# Données synthétiques");
        // the 12 communes without inhabitants (villages destroyed in 1916, Terres australes, Clipperton) are left out
        int communes = (int) TerritoryReference.get().all(PlaceKind.COMMUNE).stream()
                .filter(c -> c.population() != null && c.population() > 0).count();
        assertThat(communes).isEqualTo(34_957);
        assertThat(lines).hasSize(communes + 2).noneMatch(l -> l.startsWith("98901;") || l.startsWith("98415;") || l.startsWith("55050;"));
        // three broken rows: an unknown code, an out-of-range share, an unknown lockdown-free value
        lines.add("99999;;10;;;;;;;;;;");
        lines.add("59512;;10;;150;;;;;;;;");
        lines.add("71076;;10;;;;;;;;maybe;;");
        AtomicInteger progress = new AtomicInteger();
        BatchResult r = Batch.run(TestRules.get(), new StringReader(String.join("\n", lines)), HEALTH_ACUTE, Lang.FR, 2,
                done -> progress.accumulateAndGet(done, Math::max));
        assertThat(r.rows()).isEqualTo(communes + 3);
        assertThat(r.territories()).hasSize(communes);
        assertThat(progress.get()).isEqualTo(communes + 3);
        assertThat(r.errors()).extracting(BatchError::line).containsExactly(communes + 3, communes + 4, communes + 5);
        assertThat(r.errors()).extracting(BatchError::column)
                .containsExactly("inseeCode", "indicators.isolatedPeopleUncontactedPct", "governance.socialSectorInCrisisCell");
        // ranked by the first action's score, highest first, and numbered without gaps
        assertThat(r.territories()).extracting(RankedTerritory::rank).startsWith(1, 2, 3).endsWith(communes);
        assertThat(r.territories()).isSortedAccordingTo((a, b) -> Double.compare(b.triage().topScore(), a.triage().topScore()));
        assertThat(r.territories().get(0).triage().top()).hasSize(Batch.TOP);
        assertThat(BatchOutput.text(r, 5, fr.vigiesociale.i18n.Messages.of(Lang.FR)))
                .contains("Territoires classés : 34 957 sur 34 960 lignes", "… et 34 952 autres", "3 ligne(s) en erreur");
    }

    @Test
    void theGeneratorIsSeeded() {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        StringWriter c = new StringWriter();
        SyntheticBatch.write(a, 3, "13", Integer.MAX_VALUE);
        SyntheticBatch.write(b, 3, "13", Integer.MAX_VALUE);
        SyntheticBatch.write(c, 4, "13", Integer.MAX_VALUE);
        assertThat(a.toString()).isEqualTo(b.toString()).isNotEqualTo(c.toString());
        assertThat(a.toString().lines().count()).isEqualTo(2 + TerritoryReference.get().all(PlaceKind.COMMUNE).stream()
                .filter(p -> "13".equals(p.departement())).count());
    }
}
