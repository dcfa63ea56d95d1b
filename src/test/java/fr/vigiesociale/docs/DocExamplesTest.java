package fr.vigiesociale.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.cli.Main;
import fr.vigiesociale.web.WebSliceTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every output the documentation shows is what the code prints today: each block marked
 * {@code <!-- example:NAME -->} in docs/api.md and docs/ligne-de-commande.md is made again here,
 * from the REST API and the command line, and compared with the page ({@code -Dvigie.regenerate=true}
 * rewrites them). Long outputs are shown by their beginning, "…" marking what is left out, and the
 * counts of what is left out are real.
 */
@WebSliceTest
class DocExamplesTest {

    private static final Path API = Path.of("docs/api.md");
    private static final Path CLI = Path.of("docs/ligne-de-commande.md");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheApiPageIsWhatTheCodePrints() throws Exception {
        String api = Files.readString(API);
        String essai = essaiYaml(api);
        api = ExampleBlocks.replace(api, "api-assessment", abbreviatedAssessment(
                cli("evaluate", "--format", "json", "scenarios/canicule-bourg-rural.yaml").out()));
        api = ExampleBlocks.replace(api, "api-invalid", pretty(api("/api/assessments", "application/yaml", essai)));
        api = ExampleBlocks.replace(api, "api-comparison", comparison());
        GeneratedDocsTest.assertUpToDate(API, api);
    }

    @Test
    void everyExampleOfTheCommandLinePageIsWhatTheCodePrints() throws Exception {
        String cli = Files.readString(CLI);
        cli = ExampleBlocks.replace(cli, "cli-evaluate", cliEvaluate());
        cli = ExampleBlocks.replace(cli, "cli-verify", cliVerify());
        cli = ExampleBlocks.replace(cli, "cli-verify-broken", cliVerifyBroken());
        cli = ExampleBlocks.replace(cli, "cli-exercise", cliExercise());
        // the invalid file is the one the API page writes with a here-document
        cli = ExampleBlocks.replace(cli, "cli-invalid", cliInvalid(essaiYaml(Files.readString(API))));
        GeneratedDocsTest.assertUpToDate(CLI, cli);
    }

    record Run(int status, String out, String err) { }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String api(String path, String type, String body) throws Exception {
        return mvc.perform(post(path).contentType(type).content(body.getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The scenario the API page writes to essai.yaml with a here-document, as it writes it. */
    private static String essaiYaml(String page) {
        Matcher m = Pattern.compile("cat > essai\\.yaml <<'FIN'\\n(.*?)\\nFIN\\n", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("the API page's essai.yaml").isTrue();
        return m.group(1) + "\n";
    }

    private static String pretty(String json) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
    }

    /** The assessment with its first action and two of its reasons, and one of everything else. */
    static String abbreviatedAssessment(String json) {
        JsonNode full = JSON.readTree(json);
        assertThat(pretty(json)).as("the API's and the command line's own layout").isEqualTo(json.strip());
        ObjectNode a = (ObjectNode) full;
        ObjectNode first = (ObjectNode) a.get("actions").get(0);
        keep(first, "reasons", 2, "raisons");
        keep(a, "actions", 1, "actions");
        keep(a, "dataGaps", 1, "données inconnues, les plus utiles d'abord");
        keep(a, "notProposed", 1, "actions non proposées");
        ObjectNode sources = (ObjectNode) a.get("sources");
        int more = sources.size() - 1;
        List<String> names = new ArrayList<>(sources.propertyNames());
        names.subList(1, names.size()).forEach(sources::remove);
        sources.putNull("@@… " + more + " autres passages cités, dans l'ordre des documents@@");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a)
                .replaceAll("\"@@(.*?)@@\" : null", "$1").replaceAll("\"@@(.*?)@@\"", "$1");
    }

    private static void keep(ObjectNode parent, String field, int n, String what) {
        var array = (tools.jackson.databind.node.ArrayNode) parent.get(field);
        int more = array.size() - n;
        while (array.size() > n) {
            array.remove(array.size() - 1);
        }
        if (more > 0) {
            array.add("@@… " + more + " autre" + (more > 1 ? "s " : " ") + what + "@@");
        }
    }

    /** The API page's comparison: the heatwave, then the same with 5 % of the register not reached. */
    private String comparison() throws Exception {
        String before = cliJsonScenario("canicule-bourg-rural");
        String after = before.replaceAll("\"isolatedPeopleUncontactedPct\" : [0-9.]*", "\"isolatedPeopleUncontactedPct\" : 5");
        assertThat(after).isNotEqualTo(before);
        JsonNode changes = JSON.readTree(api("/api/comparisons", "application/json",
                "{\"before\": " + before + ", \"after\": " + after + "}")).get("changes");
        return "\"changes\" : " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(changes);
    }

    private String cliJsonScenario(String id) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/scenarios/" + id))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table and the first action's reasons. */
    private static String cliEvaluate() {
        String file = "scenarios/metropole-hebergement-hiver.yaml";
        String out = cli("evaluate", file).out();
        int second = out.indexOf("\n\n2. ");
        assertThat(second).isPositive();
        return "$ java -jar target/vigie-sociale.jar evaluate " + file + "\n" + out.substring(0, second) + "\n…";
    }

    /** The inventory's beginning, and its end: what is not yet encoded. */
    private static String cliVerify() {
        List<String> sections = List.of(cli("verify-rules").out().strip().split("\n\n"));
        List<String> shown = new ArrayList<>();
        shown.add(sections.get(0));
        shown.add(sections.get(1));
        shown.add("…");
        for (String s : sections) {
            if (s.startsWith("Entrées du scénario") || s.startsWith("Actions qu'aucune") || s.startsWith("Règles qui ne donnent")) {
                shown.add(s);
            } else if (s.startsWith("Passages des documents sources")) {
                List<String> lines = s.lines().toList();
                shown.add(String.join("\n", lines.subList(0, Math.min(3, lines.size()))) + (lines.size() > 3 ? "\n   …" : ""));
            }
        }
        return "$ java -jar target/vigie-sociale.jar verify-rules\n" + String.join("\n\n", shown);
    }

    private String cliVerifyBroken() throws IOException {
        Path rules = dir.resolve("regles");
        RuleFolders.copy(rules);
        Path drl = rules.resolve("solidarity/food-aid.drl");
        String text = Files.readString(drl);
        assertThat(text).contains("\"hcts-2021/crise-alimentaire\"");
        Files.writeString(drl, text.replaceFirst("\"hcts-2021/crise-alimentaire\"", "\"hcts-2021/crise-alimentair\""));
        Run r = cli("verify-rules", "--rules", rules.toString());
        assertThat(r.status()).isEqualTo(3);
        return ("$ java -jar target/vigie-sociale.jar verify-rules --rules /tmp/regles\n" + r.err().strip())
                .replace(rules.toString(), "/tmp/regles");
    }

    /** The fourth inject of the heatwave exercise: what changes, and what the rules draw from it. */
    private static String cliExercise() {
        String file = "scenarios/exercises/canicule-personnes-isolees.yaml";
        String out = cli("exercise", "run", file).out();
        int start = out.indexOf("━━ Inject 4/5");
        int rules = out.indexOf("Ce que les règles en tirent", start);
        List<String> drawn = out.substring(rules).lines().takeWhile(l -> !l.isBlank()).toList();
        return "$ java -jar target/vigie-sociale.jar exercise run " + file + "\n…\n" + out.substring(start, rules)
                + String.join("\n", drawn.subList(0, Math.min(5, drawn.size()))) + "\n…";
    }

    private String cliInvalid(String essai) throws IOException {
        Path file = dir.resolve("essai.yaml");
        Files.writeString(file, essai);
        Run r = cli("evaluate", file.toString());
        return ("$ java -jar target/vigie-sociale.jar evaluate essai.yaml ; echo \"code $?\"\n" + r.err().strip()
                + "\ncode " + r.status()).replace(file.toString(), "essai.yaml");
    }
}
