package fr.vigiesociale.docs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.TestRules;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInfo;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.api.WovenReport;
import fr.vigiesociale.i18n.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report woven with its rules: generated, current, and complete — every passage of both source
 * documents, in their own words, with the rules that cite it, or marked as not encoded yet.
 */
class WovenReportTest {

    static final Path FRENCH = Path.of("docs/rapport-et-regles.md");
    static final Path ENGLISH = Path.of("docs/report-and-rules.md");

    @Test
    void theWovenReportsAreUpToDate() throws IOException {
        GeneratedDocsTest.assertUpToDate(FRENCH, WovenReportMarkdown.markdown(TestRules.get(), Lang.FR));
        GeneratedDocsTest.assertUpToDate(ENGLISH, WovenReportMarkdown.markdown(TestRules.get(), Lang.EN));
    }

    @Test
    void everyPassageOfBothDocumentsIsShownWithItsRulesOrAsNotEncoded() throws IOException {
        RuleBase rules = TestRules.get();
        String doc = Files.readString(FRENCH);
        Map<String, SourcePassage> passages = rules.passages(Lang.FR);
        assertThat(passages.keySet()).anyMatch(id -> id.startsWith("hcts-2021/")).anyMatch(id -> id.startsWith("ministre-2021-05/"));
        List<String> unencoded = WovenReport.of(rules, Lang.FR).unencoded().stream().map(SourcePassage::id).toList();
        for (SourcePassage p : passages.values()) {
            int at = doc.indexOf("<a id=\"" + p.id() + "\"></a>");
            assertThat(at).as("passage %s in %s", p.id(), FRENCH).isPositive();
            int next = doc.indexOf("<a id=", at + 1);
            String section = doc.substring(at, next < 0 ? doc.length() : next);
            p.items().forEach(item -> assertThat(section).contains(item.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")));
            List<RuleInfo> implementing = rules.rules().stream()
                    .filter(r -> r.sources().stream().anyMatch(c -> c.passage().equals(p.id()))).toList();
            if (implementing.isEmpty()) {
                assertThat(unencoded).contains(p.id());
                assertThat(section).contains("Pas encore encodé");
            } else {
                assertThat(unencoded).doesNotContain(p.id());
                implementing.forEach(r -> assertThat(section).contains(r.name()));
            }
        }
        assertThat(doc).contains("## Passages pas encore encodés");
    }

    @Test
    void thePreconisationTitlesAreTheReportsOwnWords() throws IOException {
        String presentation = Files.readString(Path.of("rules/sources/hcts-2021-presentation.txt"));
        for (int n = 1; n <= 12; n++) {
            String title = TestRules.get().preconisationTitle(n, Lang.FR);
            assertThat(presentation).as("préconisation %d", n).contains("Préconisation n°" + n + " : " + title + "\n");
        }
        assertThat(TestRules.get().preconisationTitle(8, Lang.FR))
                .isEqualTo("Recentrer sur le cœur de métier, l'accompagnement individuel et collectif");
    }

    @Test
    void everyRuleCitesAtLeastOnePassageOfTheTwoDocuments() {
        Map<String, SourcePassage> passages = TestRules.get().passages(Lang.FR);
        for (RuleInfo r : TestRules.get().rules()) {
            assertThat(r.sources()).as("sources of %s", r.name()).isNotEmpty().allSatisfy(c -> {
                assertThat(passages).as("sources of %s", r.name()).containsKey(c.passage());
                assertThat(c.link()).as("link of %s", r.name()).isNotNull();
            });
        }
    }
}
