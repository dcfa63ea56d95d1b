package fr.vigiesociale.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.ScenarioFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** French first, English available: both bundles carry the same keys, and every field has its texts. */
class MessagesTest {

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("/i18n/messages_en.properties")).isEqualTo(keys("/i18n/messages.properties"));
    }

    @Test
    void everyScenarioFieldHasALabelAndAHelpTextInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Messages m = Messages.of(lang);
            for (FieldSpec f : ScenarioFields.all()) {
                assertThat(m.has(f.helpKey())).as("%s label of %s", lang, f.path()).isTrue();
                assertThat(m.has(f.helpKey() + ".help")).as("%s help of %s", lang, f.path()).isTrue();
                for (String v : f.allowed()) {
                    assertThat(m.has("value." + f.path() + "." + v)).as("%s value %s of %s", lang, v, f.path()).isTrue();
                }
            }
            for (String block : ScenarioFields.BLOCKS) {
                assertThat(m.has("block." + block)).as("%s block %s", lang, block).isTrue();
            }
        }
    }
}
