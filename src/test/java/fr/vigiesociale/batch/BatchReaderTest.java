package fr.vigiesociale.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.CrisisKind;
import fr.vigiesociale.scenario.Indicator;
import fr.vigiesociale.scenario.TerritoryLevel;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch file as a spreadsheet exports it: every row checked like a scenario, every error placed. */
class BatchReaderTest {

    private static final CrisisDefaults HEALTH_ACUTE = new CrisisDefaults(Map.of("crisis.kind", "HEALTH", "crisis.phase", "ACUTE"));

    private record Read(List<BatchRow> rows, List<BatchError> fileErrors) { }

    private static Read read(String csv, CrisisDefaults defaults) throws IOException {
        List<BatchRow> rows = new ArrayList<>();
        List<BatchError> errors = new BatchReader(defaults, Messages.of(Lang.FR)).read(new StringReader(csv), rows::add);
        return new Read(rows, errors);
    }

    @Test
    void aFrenchSpreadsheetExportIsReadWithTheReferenceFillingInNamesAndPopulations() throws IOException {
        Read r = read("""
                # export du tableau de bord, 1er décembre
                inseeCode;foodAidRequestsChangePct;governance.socialSectorInCrisisCell;crisis.kind
                59512;42,5;false;
                243400017;;true;CLIMATE
                """, HEALTH_ACUTE);
        assertThat(r.fileErrors()).isEmpty();
        assertThat(r.rows()).allMatch(BatchRow::valid);
        var roubaix = r.rows().get(0).scenario();
        assertThat(roubaix.territory().name()).isEqualTo("Roubaix");
        assertThat(roubaix.territory().level()).isEqualTo(TerritoryLevel.COMMUNE);
        assertThat(roubaix.territory().population()).isGreaterThan(90_000);
        assertThat(roubaix.indicators().value(Indicator.FOOD_AID_REQUESTS)).contains(42.5);
        assertThat(roubaix.indicators().isKnown(Indicator.PUPILS_OUT_OF_CONTACT)).isFalse();
        var montpellier = r.rows().get(1).scenario();
        assertThat(montpellier.territory().level()).isEqualTo(TerritoryLevel.INTERCOMMUNALITY);
        // a row's own column overrides what is given for the whole file
        assertThat(montpellier.crisis().kind()).isEqualTo(CrisisKind.CLIMATE);
        assertThat(roubaix.crisis().kind()).isEqualTo(CrisisKind.HEALTH);
        assertThat(r.rows()).extracting(BatchRow::line).containsExactly(3, 4);
    }

    @Test
    void badRowsNameTheirLineAndColumnAndNeverStopTheOthers() throws IOException {
        Read r = read("""
                inseeCode,indicators.pupilsOutOfContactPct,crisis.lockdown,isolatedPeopleUncontactdPct
                59512,120,FULL,3
                59990,5,,
                ,5,,
                71076,abc,TOTAL,
                38185,4,PARTIAL,
                """, HEALTH_ACUTE);
        assertThat(r.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("isolatedPeopleUncontactdPct");
            assertThat(e.message()).contains("colonne inconnue", "isolatedPeopleUncontactedPct");
        });
        assertThat(r.rows()).extracting(BatchRow::valid).containsExactly(false, false, false, false, true);
        assertThat(r.rows().get(0).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("indicators.pupilsOutOfContactPct");
            assertThat(e.message()).contains("120");
        });
        assertThat(r.rows().get(1).errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("59990", "inconnu"));
        assertThat(r.rows().get(2).errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("vide"));
        assertThat(r.rows().get(3).errors()).extracting(BatchError::column)
                .containsExactly("indicators.pupilsOutOfContactPct", "crisis.lockdown");
        assertThat(r.rows().get(3).errors().get(1).message()).contains("TOTAL", "NONE (aucun), PARTIAL (partiel), FULL (total)", "vouliez-vous dire « FULL » (total) ?");
    }

    @Test
    void aBrokenQuoteStopsTheReadingAtItsLineAndKeepsTheRowsBefore() throws IOException {
        Read r = read("inseeCode,foodAidRequestsChangePct\n59512,48\n\"71076\"x,12\n38185,4\n", HEALTH_ACUTE);
        assertThat(r.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("guillemet", "ligne 3").doesNotContain("Exception", "commons");
        });
        assertThat(r.rows()).extracting(BatchRow::inseeCode).containsExactly("59512");
    }

    @Test
    void neitherAHeaderNorANameCanCarryWhatATerminalWouldObey() throws IOException {
        Read r = read("inseeCode,territory.name,col\u001b[2Jonne\n59512,Roubaix\u202E,\n", HEALTH_ACUTE);
        assertThat(r.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("col[2Jonne").doesNotContain("\u001b");
            assertThat(e.message()).doesNotContain("\u001b");
        });
        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.valid()).isFalse();
            assertThat(row.errors()).anySatisfy(e -> assertThat(e.message()).contains("U+202E"));
        });
    }

    @Test
    void withoutACrisisKindOrPhaseNoRowIsReadAndTheFileSaysWhy() throws IOException {
        Read r = read("inseeCode;foodAidRequestsChangePct\n59512;20\n", new CrisisDefaults(Map.of("crisis.kind", "HEALTH")));
        assertThat(r.rows()).isEmpty();
        assertThat(r.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("crisis.phase");
            assertThat(e.message()).contains("--phase");
        });
        assertThat(read("foodAidRequestsChangePct\n20\n", HEALTH_ACUTE).fileErrors())
                .extracting(BatchError::column).containsExactly("inseeCode");
    }

    @Test
    void aCommuneWithoutInhabitantsNeedsItsPopulationColumn() throws IOException {
        // Fleury-devant-Douaumont, destroyed in 1916, has no inhabitant in the official reference
        Read r = read("inseeCode;population\n55189;\n55189;12\n", HEALTH_ACUTE);
        assertThat(r.rows().get(0).errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("habitant"));
        assertThat(r.rows().get(1).scenario().territory().population()).isEqualTo(12);
    }
}
