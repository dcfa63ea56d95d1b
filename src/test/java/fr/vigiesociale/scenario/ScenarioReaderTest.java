package fr.vigiesociale.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static final String VALID = """
            schemaVersion: 1
            id: test
            title: Test
            territory: {name: X, level: COMMUNE, population: 1000}
            crisis: {kind: HEALTH, phase: ACUTE}
            """;

    private final ScenarioReader reader = new ScenarioReader();

    private Scenario yaml(String text) {
        return reader.read("s.yaml", text.getBytes(StandardCharsets.UTF_8), ScenarioReader.Format.YAML);
    }

    private List<ScenarioError> errors(String text, ScenarioReader.Format format) {
        try {
            reader.read("s", text.getBytes(StandardCharsets.UTF_8), format);
        } catch (InvalidScenarioException e) {
            return e.errors();
        }
        throw new AssertionError("expected an invalid scenario");
    }

    @Test
    void anInvisibleControlCharacterInATextIsRefusedWhereItIs() {
        // JSON escapes let any character in; a PDF's XML then refused the document
        String json = "{\"schemaVersion\": 1, \"id\": \"t\", \"title\": \"Canicule\\u0001\",\n"
                + "\"territory\": {\"name\": \"X\", \"level\": \"COMMUNE\", \"population\": 10},\n"
                + "\"crisis\": {\"kind\": \"HEALTH\", \"phase\": \"ACUTE\"}}";
        assertThat(errors(json, ScenarioReader.Format.JSON)).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("title");
            assertThat(err.code()).isEqualTo("controlCharacter");
            assertThat(err.args()).containsExactly("U+0001");
            assertThat(err.line()).isEqualTo(1);
        });
        // a right-to-left override would show the text in another order than it is stored
        assertThat(errors(VALID.replace("title: Test", "title: \"Test \\u202E\""), ScenarioReader.Format.YAML))
                .singleElement().satisfies(err -> assertThat(err.args()).containsExactly("U+202E"));
        // a description may keep its line breaks; a title may not
        assertThat(yaml(VALID + "description: \"ligne 1\\nligne 2\"\n").description()).isEqualTo("ligne 1\nligne 2");
        assertThat(errors(VALID.replace("title: Test", "title: \"Test\\nsuite\""), ScenarioReader.Format.YAML))
                .singleElement().satisfies(err -> assertThat(err.args()).containsExactly("U+000A"));
    }

    @Test
    void aWholeNumberTooLargeToKeepExactlyIsRefusedNotRounded() {
        List<ScenarioError> e = errors(VALID.replace("population: 1000", "population: 99999999999999999999999999999"),
                ScenarioReader.Format.YAML);
        assertThat(e).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("territory.population");
            assertThat(err.code()).isEqualTo("numberTooLarge");
            assertThat(err.args()).containsExactly("99999999999999999999999999999", "9007199254740991");
        });
        assertThat(yaml(VALID.replace("population: 1000", "population: 9007199254740991")).territory().population())
                .isEqualTo(9_007_199_254_740_991L);
    }

    private List<ScenarioError> errors(byte[] content, ScenarioReader.Format format) {
        try {
            reader.read("s", content, format);
        } catch (InvalidScenarioException e) {
            return e.errors();
        }
        throw new AssertionError("expected an invalid scenario");
    }

    @Test
    void aFileThatCannotBeParsedIsToldInTheUsersWordsWithItsPlace() {
        String deep = "{\"schemaVersion\": 1, \"a\": " + "[".repeat(20) + "1" + "]".repeat(20) + "}";
        assertThat(errors(deep, ScenarioReader.Format.JSON)).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("tooDeep");
            assertThat(err.args()).containsExactly("16");
            assertThat(err.line()).isEqualTo(1);
            assertThat(err.path()).startsWith("a.");
        });
        byte[] latin1 = "schemaVersion: 1\nid: t\ntitle: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(errors(latin1, ScenarioReader.Format.YAML)).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("encoding");
            assertThat(err.line()).isEqualTo(3); // where the byte is, not 1:1
            assertThat(err.column()).isEqualTo(12);
        });
        for (String number : List.of(".inf", ".nan")) {
            assertThat(errors(VALID.replace("population: 1000", "population: " + number), ScenarioReader.Format.YAML))
                    .singleElement().satisfies(err -> assertThat(err.path()).isEqualTo("territory.population"));
        }
        assertThat(errors("{\"schemaVersion\": 1, \"id\": NaN}", ScenarioReader.Format.JSON)).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("badNumber");
            assertThat(err.path()).isEqualTo("id");
        });
        // whatever the kind, the message never names the parser's internals
        fr.vigiesociale.i18n.Messages m = fr.vigiesociale.i18n.Messages.of(fr.vigiesociale.i18n.Lang.FR);
        for (String bad : List.of(deep, "{\"schemaVersion\": 1, \"id\": NaN}", "{\"id\": \"t\" \"title\": 1}", "{\"a\": 00}")) {
            assertThat(errors(bad, ScenarioReader.Format.JSON)).allSatisfy(err -> assertThat(m.describe("s", err))
                    .doesNotContain("StreamReadConstraints", "JsonReadFeature", "Exception", "`"));
        }
    }

    @Test
    void whatTheFuzzerFoundIsToldWithAPlaceAndNoLibraryWords() {
        fr.vigiesociale.i18n.Messages m = fr.vigiesociale.i18n.Messages.of(fr.vigiesociale.i18n.Lang.FR);
        // zero bytes made the JSON reader guess UTF-32 and answer with no place at all
        byte[] zeros = "\u0001\u0000\u0000\u0000: terr".getBytes(StandardCharsets.UTF_8);
        assertThat(errors(zeros, ScenarioReader.Format.JSON)).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(1);
            assertThat(err.column()).isEqualTo(1);
        });
        byte[] ucs4 = {0, 0, (byte) 0xFF, (byte) 0xFE, 'a'};
        assertThat(errors(ucs4, ScenarioReader.Format.JSON)).allSatisfy(err -> assertThat(err.line()).isPositive());
        // a multi-byte character cut at the end of the file: the YAML reader's message named a Java exception
        byte[] cut = java.util.Arrays.copyOf("id: caf\u00e9".getBytes(StandardCharsets.UTF_8), 8);
        assertThat(errors(cut, ScenarioReader.Format.YAML)).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("encoding");
            assertThat(err.column()).isEqualTo(8);
        });
        // a record separator: the JSON reader's advice named one of its settings
        assertThat(errors("{\u001E}", ScenarioReader.Format.JSON)).allSatisfy(err -> assertThat(m.describe("s", err))
                .doesNotContain("Feature", "Exception", "`", "\u001E"));
    }

    @Test
    void aHundredThousandMistakesGetAsShortAnAnswerAsAHundred() {
        StringBuilder yaml = new StringBuilder(VALID);
        for (int i = 0; i < 20_000; i++) {
            yaml.append("cle").append(i).append(": 1\n");
        }
        List<ScenarioError> e = errors(yaml.toString(), ScenarioReader.Format.YAML);
        assertThat(e).hasSize(InvalidScenarioException.MAX_SHOWN + 1);
        assertThat(e.get(InvalidScenarioException.MAX_SHOWN).code()).isEqualTo("moreErrors");
        assertThat(e.get(InvalidScenarioException.MAX_SHOWN).args()).containsExactly("19900");
    }

    @Test
    void absentIndicatorsAreUnknownNotZero() {
        Scenario s = yaml(VALID + "indicators:\n  pupilsOutOfContactPct: 0\n");
        assertThat(s.indicators().value(Indicator.PUPILS_OUT_OF_CONTACT)).contains(0.0);
        assertThat(s.indicators().isKnown(Indicator.FOOD_AID_REQUESTS)).isFalse();
        assertThat(s.governance().socialSectorInCrisisCell()).isNull();
        assertThat(s.crisis().lockdown()).isEqualTo(Lockdown.NONE);
    }

    @Test
    void aMisspeltKeyIsRefusedWithTheKeyProbablyMeant() {
        List<ScenarioError> e = errors(VALID + "indicators:\n  isolatedPeopleUncontactdPct: 45\n", ScenarioReader.Format.YAML);
        assertThat(e).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("unknownKeyDidYouMean");
            assertThat(err.args()).containsExactly("isolatedPeopleUncontactdPct", "isolatedPeopleUncontactedPct");
            assertThat(err.path()).isEqualTo("indicators.isolatedPeopleUncontactdPct");
            assertThat(err.line()).isEqualTo(7);
        });
        assertThat(Messages.of(Lang.FR).describe("s.yaml", e.get(0)))
                .isEqualTo("s.yaml:7:3: indicators.isolatedPeopleUncontactdPct : clé inconnue « isolatedPeopleUncontactdPct » ;"
                        + " vouliez-vous dire « isolatedPeopleUncontactedPct » ?");
    }

    @Test
    void aKeyInTheWrongBlockPointsToWhereItBelongs() {
        List<ScenarioError> e = errors(VALID + "governance:\n  civicReserve: NONE\n", ScenarioReader.Format.YAML);
        assertThat(e).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("unknownKeyOtherBlock");
            assertThat(err.args()).containsExactly("civicReserve", "resources.civicReserve");
        });
    }

    /** What struck (schema version 2) must fit the crisis kind; a version 1 file has no hazard. */
    @Test
    void aHazardNeedsVersion2AndTheRightCrisisKind() {
        String v1 = VALID.replace("kind: HEALTH,", "kind: HEALTH, hazard: EPIDEMIC,");
        assertThat(errors(v1, ScenarioReader.Format.YAML)).singleElement()
                .satisfies(err -> assertThat(err.code()).isEqualTo("hazardNeedsVersion2"));
        String wrong = v1.replace("schemaVersion: 1", "schemaVersion: 2").replace("hazard: EPIDEMIC", "hazard: FLOOD");
        assertThat(errors(wrong, ScenarioReader.Format.YAML)).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("crisis.hazard");
            assertThat(err.code()).isEqualTo("hazardOfAnotherKind");
            assertThat(err.args()).containsExactly("FLOOD", "HEALTH", "EPIDEMIC");
        });
        assertThat(yaml(wrong.replace("hazard: FLOOD", "hazard: EPIDEMIC")).crisis().hazard()).isEqualTo(Hazard.EPIDEMIC);
        assertThat(yaml(VALID).crisis().hazard()).isNull();
    }

    /** An INSEE code is checked against the official reference; the name's own code is suggested. */
    @Test
    void anUnknownInseeCodeIsRefusedWithTheCodeOfTheNamedPlace() {
        String roubaix = VALID.replace("{name: X, level: COMMUNE, population: 1000}",
                "{name: Roubaix, level: COMMUNE, population: 98000, inseeCode: \"59990\"}");
        List<ScenarioError> e = errors(roubaix, ScenarioReader.Format.YAML);
        assertThat(e).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("territory.inseeCode");
            assertThat(err.code()).isEqualTo("unknownInseeCodeForName");
            assertThat(err.line()).isEqualTo(4);
        });
        assertThat(Messages.of(Lang.FR).describe("s.yaml", e.get(0)))
                .contains("code INSEE « 59990 » inconnu", "vouliez-vous dire « 59512 » (Roubaix) ?");
        assertThat(errors(roubaix.replace("Roubaix", "Xyzville"), ScenarioReader.Format.YAML)).singleElement()
                .satisfies(err -> assertThat(err.code()).isEqualTo("unknownInseeCode"));
        // a commune, an EPCI (SIREN), a département and a région are all known codes
        for (String code : List.of("59512", "243400017", "2A", "84")) {
            assertThat(yaml(roubaix.replace("59990", code)).territory().inseeCode()).isEqualTo(code);
        }
    }

    @Test
    void allErrorsOfAFileAreReportedTogether() {
        String broken = """
                schemaVersion: 3
                id: Pas Un Slug
                territory: {name: "", level: VILLAGE, population: 0}
                crisis: {kind: HEALTH, phase: acute, lockdown: FULL}
                indicators:
                  pupilsOutOfContactPct: 120
                  foodAidRequestsChangePct: "beaucoup"
                  closedSocialServicesPct: -1
                """;
        List<ScenarioError> e = errors(broken, ScenarioReader.Format.YAML);
        assertThat(e).extracting(ScenarioError::path).containsExactlyInAnyOrder(
                "schemaVersion", "id", "territory.name", "territory.level", "territory.population", "crisis.phase",
                "indicators.pupilsOutOfContactPct", "indicators.foodAidRequestsChangePct",
                "indicators.closedSocialServicesPct", "title");
        ScenarioError level = e.stream().filter(x -> x.path().equals("territory.level")).findFirst().orElseThrow();
        assertThat(level.args().get(1)).isEqualTo("NEIGHBOURHOOD, COMMUNE, INTERCOMMUNALITY, DEPARTMENT, REGION");
        ScenarioError phase = e.stream().filter(x -> x.path().equals("crisis.phase")).findFirst().orElseThrow();
        assertThat(phase.code()).isEqualTo("enumDidYouMean");
        assertThat(phase.args().get(2)).isEqualTo("ACUTE");
        assertThat(e).allSatisfy(x -> assertThat(x.line()).isPositive());
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        List<ScenarioError> yaml = errors("schemaVersion: 1\nid: [unclosed\n", ScenarioReader.Format.YAML);
        assertThat(yaml).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("syntax");
            assertThat(err.line()).isPositive();
        });
        List<ScenarioError> json = errors("{\n  \"schemaVersion\": 1,\n  \"id\": \n}", ScenarioReader.Format.JSON);
        assertThat(json).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("syntax");
            assertThat(err.line()).isEqualTo(4);
        });
    }

    @Test
    void jsonIsReadAsStrictlyAsYaml() {
        String json = """
                {"schemaVersion": 1, "id": "t", "title": "T",
                 "territory": {"name": "X", "level": "COMMUNE", "population": 10},
                 "crisis": {"kind": "HEALTH", "phase": "ALERT"},
                 "indicators": {"foodAidRequestsChangePct": 80, "foodAidRequestsChangePct": 81}}
                """;
        assertThat(errors(json, ScenarioReader.Format.JSON)).singleElement()
                .satisfies(err -> assertThat(err.code()).isEqualTo("duplicateKey"));
    }

    @Test
    void yamlAliasesAreRefusedSoAnAliasBombCannotExpand() {
        StringBuilder bomb = new StringBuilder(VALID + "description: &a \"lol\"\n");
        bomb.append("x: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n");
        List<ScenarioError> e = errors(bomb.toString(), ScenarioReader.Format.YAML);
        assertThat(e).extracting(ScenarioError::code).contains("alias");
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() {
        byte[] huge = new byte[ScenarioReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> reader.read("big.yaml", huge, ScenarioReader.Format.YAML))
                .isInstanceOfSatisfying(InvalidScenarioException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("tooLarge"));
    }

    @Test
    void everyErrorCodeHasAFrenchAndAnEnglishMessage() {
        for (String code : List.of("extension", "notFound", "unreadable", "tooLarge", "empty", "syntax", "trailingContent",
                "alias", "unsupportedValue", "duplicateKey", "rootNotMapping", "blockNotMapping", "unknownKey",
                "unknownKeyDidYouMean", "unknownKeyOtherBlock", "missing", "expected.INTEGER", "expected.NUMBER",
                "expected.BOOLEAN", "expected.TEXT", "expected.FREE_TEXT", "expected.SLUG", "expected.ENUM", "notFinite",
                "schemaVersion", "belowMin", "outOfRange", "slug", "blank", "enum", "enumDidYouMean")) {
            for (Lang lang : Lang.values()) {
                assertThat(Messages.of(lang).has("error." + code)).as("error.%s in %s", code, lang).isTrue();
            }
        }
    }
}
