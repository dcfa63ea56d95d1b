package fr.vigiesociale.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ExerciseApiTest {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final Path CANICULE = Path.of("scenarios/exercises/canicule-personnes-isolees.yaml");

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase rules;
    @Autowired
    ExerciseReader reader;

    private String timelineOf(Path file, Lang lang) {
        return JsonReport.render(Timeline.play(rules, reader.read(file), lang)) + "\n";
    }

    @Test
    void the_bundled_exercises_are_listed_with_their_links() throws Exception {
        mvc.perform(get("/api/exercises"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].id").value("canicule-personnes-isolees"))
                .andExpect(jsonPath("$[0].injects").value(5))
                .andExpect(jsonPath("$[0].scenario").value("canicule-bourg-rural"))
                .andExpect(jsonPath("$[0].timeline").value("/api/exercises/canicule-personnes-isolees/timeline"));
    }

    @Test
    void a_bundled_timeline_is_what_the_command_line_prints() throws Exception {
        String body = mvc.perform(get("/api/exercises/canicule-personnes-isolees/timeline?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(timelineOf(CANICULE, Lang.EN));
    }

    @Test
    void an_exercise_sent_in_yaml_is_played() throws Exception {
        mvc.perform(post("/api/timelines").contentType(YAML).content(Files.readAllBytes(CANICULE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.injects.length()").value(5))
                .andExpect(jsonPath("$.injects[0].id").value("vigilance-rouge"))
                .andExpect(jsonPath("$.injects[0].assessment.actions[0].rank").value(1))
                .andExpect(jsonPath("$.injects[3].changes.removed[0].before").isNumber());
    }

    @Test
    void a_bundled_exercise_comes_back_as_a_file_that_plays_the_same() throws Exception {
        String json = mvc.perform(get("/api/exercises/confinement-quartiers-nord"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenario.territory.name").value("Quartiers nord"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String played = mvc.perform(post("/api/timelines").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(played).isEqualTo(timelineOf(Path.of("scenarios/exercises/confinement-quartiers-nord.yaml"), Lang.FR));
        mvc.perform(get("/api/exercises/canicule-personnes-isolees").accept(YAML))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("scenario: canicule-bourg-rural")));
    }

    @Test
    void an_invalid_exercise_is_a_422_problem_listing_every_error_with_its_line() throws Exception {
        String broken = Files.readString(CANICULE).replace("time: J+1\n", "tiem: J+1\n")
                .replace("scenario: canicule-bourg-rural", "scenario: ../canicule-bourg-rural.yaml");
        mvc.perform(post("/api/timelines").contentType(YAML).content(broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:vigie-sociale:problem:invalid-exercise"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("scenario"))
                .andExpect(jsonPath("$.errors[0].code").value("exercise.scenarioFileNotHere"))
                .andExpect(jsonPath("$.errors[1].field").value("injects[1].tiem"))
                .andExpect(jsonPath("$.errors[1].line").isNumber())
                .andExpect(jsonPath("$.errors[1].message").value("clé inconnue « tiem » ; vouliez-vous dire « time » ?"));
    }

    @Test
    void unknown_exercises_and_bad_bodies_are_problems_too() throws Exception {
        mvc.perform(get("/api/exercises/inconnu/timeline"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:vigie-sociale:problem:unknown-exercise"));
        mvc.perform(post("/api/timelines").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/api/exercises/canicule-personnes-isolees/timeline?lang=de"))
                .andExpect(status().isBadRequest());
    }
}
