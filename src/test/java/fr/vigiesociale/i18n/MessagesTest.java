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
    void placeholdersAreFilledInOnePassAndOtherBracesAreKept() {
        assertThat(Messages.fill("{0} et {1}, puis {0}", java.util.List.of("a", 2))).isEqualTo("a et 2, puis a");
        // an argument that looks like a placeholder is text, not a placeholder
        assertThat(Messages.fill("{0} {1}", java.util.List.of("{1}", "b"))).isEqualTo("{1} b");
        assertThat(Messages.fill("{2} {x} {} {", java.util.List.of("a"))).isEqualTo("{2} {x} {} {");
        assertThat(Messages.fill("sans paramètre", java.util.List.of())).isEqualTo("sans paramètre");
    }

    @Test
    void decimalsTakeAFrenchCommaAndNothingElseChanges() {
        Messages fr = Messages.of(Lang.FR);
        assertThat(fr.number("12.5")).isEqualTo("12,5");
        assertThat(fr.number("-0.25")).isEqualTo("-0,25");
        assertThat(fr.number("80")).isEqualTo("80");
        assertThat(fr.number("1.2.3")).isEqualTo("1.2.3");
        assertThat(fr.number(".5")).isEqualTo(".5");
        assertThat(Messages.of(Lang.EN).number("12.5")).isEqualTo("12.5");
    }

    @Test
    void noKeyIsGivenTwiceInABundle() throws IOException {
        // java.util.Properties keeps the last of two equal keys: the first text would never be shown
        for (String bundle : java.util.List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            java.util.Map<String, Long> counts;
            try (var in = getClass().getResourceAsStream(bundle)) {
                counts = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
            }
            assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey).toList())
                    .as("keys given twice in %s", bundle).isEmpty();
        }
    }

    @Test
    void englishTextsUseEnglishTypography() throws IOException {
        // "22%", "reason: text", "why?" — no space before a sign, as French typography puts one
        String en;
        try (var in = getClass().getResourceAsStream("/i18n/messages_en.properties")) {
            en = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(en.lines().filter(l -> !l.startsWith("#") && l.contains("="))
                .filter(l -> l.substring(l.indexOf('=') + 1).matches(".*[0-9}] %.*|.* [:;?!](\\s.*|$)|.*\u00a0.*|.*\u202f.*")).toList())
                .as("English texts with French spacing").isEmpty();
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
