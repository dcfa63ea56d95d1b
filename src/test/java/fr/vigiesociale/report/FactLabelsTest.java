package fr.vigiesociale.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A fact as a manager reads it: large numbers grouped by thousands, small ones left alone. */
class FactLabelsTest {

    @Test
    void aPopulationIsWrittenWithItsThousandsSeparator() {
        assertThat(new FactLabels(Messages.of(Lang.FR)).value("territory.population", 374070L)).isEqualTo("374 070 habitants");
        assertThat(new FactLabels(Messages.of(Lang.EN)).value("territory.population", 374070L)).startsWith("374,070 ");
        assertThat(new FactLabels(Messages.of(Lang.FR)).value("territory.population", 2400L)).isEqualTo("2400 habitants");
        assertThat(new FactLabels(Messages.of(Lang.FR)).value("indicators.foodAidRequestsChangePct", 40.5)).startsWith("40,5 ");
    }
}
