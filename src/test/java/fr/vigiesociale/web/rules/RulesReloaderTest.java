package fr.vigiesociale.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSetFiles;
import fr.vigiesociale.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reload of a watched rule folder, poll by poll, without a server around it. */
class RulesReloaderTest {

    private static final String FOOD_AID = "solidarity/food-aid.drl";
    private static final String SIGNAL = "Signal(indicator == Indicator.FOOD_AID_REQUESTS, atLeastWatch)";

    @TempDir
    Path dir;
    Path rules;
    ReloadableRuleBase served;
    String startSha;
    Scenario scenario;

    @BeforeEach
    void serveACopyOfTheRules() throws Exception {
        rules = RuleFolders.copy(dir.resolve("rules"));
        served = new ReloadableRuleBase(VigieSociale.loadRules(rules));
        startSha = served.info().sha256();
        scenario = VigieSociale.readScenario(Path.of("scenarios/canicule-bourg-rural.yaml"));
    }

    private RulesReloader reloader(ReloadCheck... checks) {
        return new RulesReloader(rules, served, List.of(checks), Clock.systemUTC());
    }

    @Test
    void aFolderLeftAloneIsNeitherRecompiledNorReported() {
        RulesReloader r = reloader();
        r.poll();
        r.poll();
        assertThat(served.info().sha256()).isEqualTo(startSha);
        assertThat(r.status().lastFailure()).isNull();
        assertThat(r.status().active().sha256()).isEqualTo(startSha);
    }

    @Test
    void aValidChangeIsServedOnceItHasSettledAndNotBefore() throws Exception {
        RulesReloader r = reloader();
        double before = points(served);
        RuleFolders.edit(rules, "weights.yaml", "  watch: 20", "  watch: 22");
        r.poll();
        assertThat(served.info().sha256()).as("one look: the copy may still be under way").isEqualTo(startSha);
        r.poll();
        assertThat(served.info().sha256()).isEqualTo(RuleSetFiles.fromDirectory(rules).sha256()).isNotEqualTo(startSha);
        assertThat(r.status().active().sha256()).isEqualTo(served.info().sha256());
        assertThat(r.status().lastFailure()).isNull();
        assertThat(points(served)).as("the new weight counts").isNotEqualTo(before);
    }

    @Test
    void aBrokenRuleKeepsThePreviousBaseServingAndIsReportedAtItsLine() throws Exception {
        RulesReloader r = reloader();
        RuleFolders.edit(rules, FOOD_AID, SIGNAL, SIGNAL.replace("indicator ==", "indicatr =="));
        int line = RuleFolders.lineOf(rules, FOOD_AID, "indicatr");
        r.poll();
        r.poll();
        assertThat(served.info().sha256()).isEqualTo(startSha);
        assertThat(served.assess(scenario).actions()).isNotEmpty();
        RulesStatus.Failure f = r.status().lastFailure();
        assertThat(f).isNotNull();
        assertThat(f.sha256()).isEqualTo(RuleSetFiles.fromDirectory(rules).sha256());
        assertThat(f.problems()).extracting(RuleProblem::file, RuleProblem::line).contains(org.assertj.core.groups.Tuple.tuple(FOOD_AID, line));
        assertThat(f.problems().get(0).message(fr.vigiesociale.i18n.Lang.FR)).contains("indicatr");

        // fixed: served, and the refusal forgotten
        RuleFolders.edit(rules, FOOD_AID, "indicatr ==", "indicator ==");
        RuleFolders.edit(rules, "weights.yaml", "trigger.gap: 25", "trigger.gap: 26");
        r.poll();
        r.poll();
        assertThat(served.info().sha256()).isNotEqualTo(startSha);
        assertThat(r.status().lastFailure()).isNull();
    }

    @Test
    void aDeletedFileIsRefusedAndABackOutClearsTheRefusal() throws Exception {
        RulesReloader r = reloader();
        Path weights = rules.resolve("weights.yaml");
        byte[] kept = Files.readAllBytes(weights);
        Files.delete(weights);
        r.poll();
        r.poll();
        assertThat(r.status().lastFailure().problems()).extracting(RuleProblem::file, RuleProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("weights.yaml", "missingFile"));
        assertThat(served.info().sha256()).isEqualTo(startSha);

        Files.write(weights, kept);
        r.poll();
        r.poll();
        assertThat(r.status().lastFailure()).as("the folder holds the served rules again").isNull();
        assertThat(served.info().sha256()).isEqualTo(startSha);
    }

    @Test
    void aMissingFolderIsRefusedWithoutStoppingTheWatch() throws Exception {
        Path elsewhere = dir.resolve("moved");
        Files.move(rules, elsewhere);
        RulesReloader r = reloader();
        r.poll();
        r.poll();
        assertThat(r.status().lastFailure().problems()).extracting(RuleProblem::code).containsExactly("noFolder");
        Files.move(elsewhere, rules);
        r.poll();
        r.poll();
        assertThat(r.status().lastFailure()).isNull();
    }

    @Test
    void aCandidateRefusedByACheckIsNotServed() throws Exception {
        RulesReloader r = reloader(candidate -> List.of(RuleProblem.of("actions.yaml", 0, "exerciseAction", "canicule-isolement", "x")));
        RuleFolders.edit(rules, "weights.yaml", "trigger.gap: 25", "trigger.gap: 29");
        r.poll();
        r.poll();
        assertThat(served.info().sha256()).isEqualTo(startSha);
        assertThat(r.status().lastFailure().problems()).extracting(RuleProblem::code).containsExactly("exerciseAction");
    }

    private double points(RuleBase base) {
        return base.assess(scenario).actions().stream().mapToDouble(a -> a.points()).sum();
    }
}
