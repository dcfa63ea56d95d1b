package fr.vigiesociale.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled snapshot of the official reference is whole: its counts are those of its source. */
class TerritoryReferenceTest {

    private final TerritoryReference ref = TerritoryReference.get();

    @Test
    void theSnapshotHoldsEveryCurrentCommuneEpciDepartementAndRegion() {
        assertThat(ref.count(PlaceKind.COMMUNE)).isEqualTo(34_969);
        assertThat(ref.count(PlaceKind.EPCI)).isEqualTo(1_255);
        assertThat(ref.count(PlaceKind.DEPARTEMENT)).isEqualTo(109);
        assertThat(ref.count(PlaceKind.REGION)).isEqualTo(26);
        assertThat(ref.all(PlaceKind.COMMUNE).stream().filter(p -> p.population() == null)).hasSizeLessThan(10);
    }

    @Test
    void aCommuneKnowsItsDepartementRegionAndEpci() {
        Place roubaix = ref.byCode("59512").orElseThrow();
        assertThat(roubaix).extracting(Place::name, Place::kind, Place::departement, Place::region)
                .containsExactly("Roubaix", PlaceKind.COMMUNE, "59", "32");
        assertThat(ref.byCode(PlaceKind.EPCI, roubaix.epci()).orElseThrow().name()).contains("Lille");
        assertThat(roubaix.population()).isGreaterThan(90_000);
    }

    @Test
    void namesAreFoundWithoutAccentsCaseOrHyphens() {
        assertThat(ref.byName("chalon sur saone")).extracting(Place::code).contains("71076");
        assertThat(ref.byName("Saint-Agnant-Près-Crocq")).extracting(Place::code).containsExactly("23178");
        // a code that names a département and a région gives the département first
        assertThat(ref.byCode("84").orElseThrow().kind()).isEqualTo(PlaceKind.DEPARTEMENT);
        assertThat(ref.byCode(PlaceKind.REGION, "84").orElseThrow().name()).isEqualTo("Auvergne-Rhône-Alpes");
    }

    @Test
    void typingTheStartOfANameOffersTheExactPlaceThenTheMostPopulated() {
        assertThat(ref.search("roub", 5)).extracting(Place::code).first().isEqualTo("59512");
        assertThat(ref.search("Nord", 3)).extracting(Place::kind).first().isEqualTo(PlaceKind.DEPARTEMENT);
        assertThat(ref.search("saint", 10)).hasSize(10).isSortedAccordingTo(
                java.util.Comparator.comparingLong((Place p) -> p.population() == null ? 0 : -p.population()));
        assertThat(ref.search("r", 5)).isEmpty();
    }

    @Test
    void aDepartementOrARegionHasThePopulationOfItsCommunesAndAnUninhabitedOneHasNone() {
        TerritoryReference ref = TerritoryReference.get();
        long audeCommunes = ref.all(PlaceKind.COMMUNE).stream().filter(c -> "11".equals(c.departement()))
                .mapToLong(c -> c.population() == null ? 0 : c.population()).sum();
        assertThat(ref.byCode(PlaceKind.DEPARTEMENT, "11").orElseThrow().population()).isEqualTo(audeCommunes).isGreaterThan(300_000);
        assertThat(ref.byCode(PlaceKind.REGION, "76").orElseThrow().population()).isGreaterThan(5_000_000);
        assertThat(ref.byCode(PlaceKind.DEPARTEMENT, "989").orElseThrow().population()).as("Clipperton").isNull();
        assertThat(ref.byCode(PlaceKind.DEPARTEMENT, "984").orElseThrow().population()).as("Terres australes").isNull();
    }
}
