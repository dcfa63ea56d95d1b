package fr.vigiesociale.engine;

import static fr.vigiesociale.RuleFolders.edit;
import static fr.vigiesociale.RuleFolders.lineOf;
import static fr.vigiesociale.engine.SeededProblems.assertAt;
import static fr.vigiesociale.engine.SeededProblems.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of mistake a rule author can make stops the load, with the file and the line at fault:
 * the rules' metadata names nothing that does not exist, conditions read only scenario fields and
 * typed counts, every declared file holds rules, every threshold and weight is used.
 */
class RuleBaseVerificationTest {

    private static final String SHELTER = "housing/emergency-shelter.drl";
    private static final String FOOD = "solidarity/food-aid.drl";

    @TempDir
    Path dir;

    @Test
    void theProjectRulesLoadWithoutProblem() {
        CompiledRules rules = CompiledRules.compile(RuleSetFiles.fromDirectory(Path.of("rules")));
        assertThat(rules.rules()).hasSizeGreaterThan(70)
                .allSatisfy(r -> assertThat(r.sources()).as("sources of %s", r.name()).isNotEmpty());
    }

    @Test
    void aMisspeltCitedFieldNamesTheRuleAndTheLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER, "@cites([\"resources.outreachTeams\"])", "@cites([\"resources.outreachTeam\"])");
        RuleProblem p = only(load(), "unknownField");
        assertAt(p, SHELTER, lineOf(dir, SHELTER, "resources.outreachTeam\""));
        assertThat(p.message(Lang.FR)).contains("resources.outreachTeam", "→ resources.outreachTeams");
    }

    @Test
    void aMisspeltFieldInAConditionIsACompileErrorWithItsLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER, "Resources(outreachTeams == 0)", "Resources(outreachTeam == 0)");
        RuleProblem p = only(load(), "unknownMember");
        assertAt(p, SHELTER, lineOf(dir, SHELTER, "Resources(outreachTeam == 0)"));
        assertThat(p.message(Lang.FR)).contains("« outreachTeam »", "Resources", "→ outreachTeams")
                .doesNotContain("fr.vigiesociale", "strict-mode");
    }

    @Test
    void aMisspeltCountIsACompileErrorWithItsLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "context/convergence.drl", "counts.convergenceMinSignals()", "counts.convergenceMinSignal()");
        RuleProblem p = only(load(), "unknownMember");
        assertThat(p.file()).isEqualTo("context/convergence.drl");
        assertThat(p.line()).isPositive();
        assertThat(p.message(Lang.EN)).contains("\"convergenceMinSignal\"", "CountThresholds", "→ convergenceMinSignals");
    }

    @Test
    void aMisspeltActionNamesTheAnnotationLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD, "@action(\"FOOD-AID-COORDINATION\")", "@action(\"FOOD-AID-COORDINATON\")");
        RuleProblem p = only(load(), "unknownAction");
        assertAt(p, FOOD, lineOf(dir, FOOD, "FOOD-AID-COORDINATON"));
        assertThat(p.message(Lang.FR)).contains("FOOD-AID-COORDINATON", "→ FOOD-AID-COORDINATION");
    }

    @Test
    void aMisspeltWeightNamesTheAnnotationLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER, "@weight(\"trigger.gap\")", "@weight(\"trigger.gaps\")");
        RuleProblem p = only(load(), "unknownWeight");
        assertAt(p, SHELTER, lineOf(dir, SHELTER, "trigger.gaps"));
        assertThat(p.message(Lang.FR)).contains("trigger.gaps", "→ trigger.gap");
    }

    @Test
    void aMisspeltSourceNamesTheAnnotationLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD, "\"hcts-2021/crise-alimentaire\"", "\"hcts-2021/crise-alimentair\"");
        RuleProblem p = only(load(), "unknownSource");
        assertAt(p, FOOD, lineOf(dir, FOOD, "crise-alimentair\""));
        assertThat(p.message(Lang.FR)).contains("hcts-2021/crise-alimentair", "sources.yaml");
    }

    @Test
    void aRuleWithoutSourceIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD, "    @source([\"hcts-2021/crise-alimentaire\", \"hcts-2021/nouveaux-liens-partenariaux\",\n             \"hcts-2021/preconisation-4\", \"hcts-2021/preconisation-12\"])\n", "");
        RuleProblem p = only(load(), "missingMetadata");
        assertAt(p, FOOD, lineOf(dir, FOOD, "rule \"Hausse des demandes d'aide alimentaire"));
        assertThat(p.message(Lang.FR)).contains("@source");
    }

    @Test
    void aRuleThatSuggestsAnActionWithoutCitingAPreconisationIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD, "\"hcts-2021/nouveaux-liens-partenariaux\",\n             \"hcts-2021/preconisation-4\", \"hcts-2021/preconisation-12\"]",
                "\"hcts-2021/nouveaux-liens-partenariaux\"]");
        RuleProblem p = only(load(), "noPreconisationCited");
        assertAt(p, FOOD, lineOf(dir, FOOD, "\"hcts-2021/nouveaux-liens-partenariaux\"]"));
        assertThat(p.message(Lang.FR)).contains("Hausse des demandes d'aide alimentaire", "preconisation-N");
    }

    @Test
    void aConsequenceThatDoesNotStateItsKindIsRefusedAtTheRule() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER, "insert(advice.suggestOnSituation(kcontext));\nend\n\n// En crise sanitaire",
                "insert(advice.suggestSituation(kcontext));\nend\n\n// En crise sanitaire");
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class,
                () -> CompiledRules.compileDrl(RuleSetFiles.fromDirectory(dir)));
        // Drools refuses the unknown method; were it to exist, the load would refuse the kind
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo(SHELTER));
    }

    @Test
    void aRuleThatCallsTwoKindsOfAdviceIsRefusedListingTheKinds() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER, "insert(advice.suggestOnSituation(kcontext));\nend\n\n// En crise sanitaire",
                "insert(advice.suggestOnSituation(kcontext));\n    insert(advice.suggestOnSituation(kcontext));\nend\n\n// En crise sanitaire");
        RuleProblem p = only(load(), "adviceCall");
        assertAt(p, SHELTER, lineOf(dir, SHELTER, "rule \"115 saturé sans équipe d'aller-vers"));
        assertThat(p.message(Lang.FR)).contains("suggestOnSignal", "suggestInPartOnSignal", "raiseInContext");
    }

    @Test
    void aShareOfASignalsPointsAboveOneIsRefusedAtTheRule() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "weights.yaml", "  trigger.moderateBurdenFactor: 0.4", "  trigger.moderateBurdenFactor: 1.4");
        RuleBaseException e = load();
        assertThat(e.problems()).filteredOn(p -> p.code().equals("notAFraction")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.message(Lang.FR)).contains("trigger.moderateBurdenFactor", "1.4"));
    }

    @Test
    void renamingAWeightChangesNoArithmetic() throws IOException {
        // which rules answer a signal in part is stated by their consequence, not by their weight's name
        RuleFolders.copy(dir);
        for (String drl : RuleSetFiles.fromDirectory(dir).drlFiles().keySet()) {
            String text = Files.readString(dir.resolve(drl));
            Files.writeString(dir.resolve(drl), text.replace("@weight(\"trigger.indirectFactor\")", "@weight(\"partDuSignal\")"));
        }
        String all = Files.readString(dir.resolve("weights.yaml"));
        Files.writeString(dir.resolve("weights.yaml"), all.replace("  trigger.indirectFactor: 0.6", "  partDuSignal: 0.6"));
        var renamed = CompiledRules.compileDrl(RuleSetFiles.fromDirectory(dir));
        var bundled = fr.vigiesociale.TestRules.compiled();
        for (String file : java.util.List.of("departement-multi-fronts.yaml", "quartiers-nord-confinement.yaml")) {
            var scenario = fr.vigiesociale.api.VigieSociale.readScenario(Path.of("scenarios", file));
            assertThat(fr.vigiesociale.TestRules.scores(renamed, renamed.contributions(scenario))).as(file)
                    .isEqualTo(fr.vigiesociale.TestRules.scores(bundled, bundled.contributions(scenario)));
        }
    }

    @Test
    void aCitedFieldTheConditionsDoNotReadIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER, "@cites([\"resources.outreachTeams\"])", "@cites([\"resources.outreachTeams\", \"crisis.phase\"])");
        RuleProblem p = only(load(), "citedNotRead");
        assertThat(p.message(Lang.FR)).contains("crisis.phase", "resources.outreachTeams");
    }

    @Test
    void anEmptiedDeclaredFileIsRefusedAtItsLineInTheRuleSet() throws IOException {
        RuleFolders.copy(dir);
        Files.writeString(dir.resolve(FOOD), "package rules.solidarity;\n");
        RuleBaseException e = load();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("emptyFile");
            assertAt(p, "ruleset.yaml", lineOf(dir, "ruleset.yaml", "- " + FOOD));
        });
        // and the two actions only it proposed are said to be unreached
        assertThat(e.problems()).filteredOn(p -> p.code().equals("unreachedAction")).hasSize(2);
    }

    @Test
    void aDrlFileTheRuleSetDoesNotDeclareIsRefused() throws IOException {
        RuleFolders.copy(dir);
        Files.copy(dir.resolve(FOOD), dir.resolve("solidarity/food-aid-copy.drl"));
        RuleProblem p = only(load(), "undeclaredFile");
        assertThat(p.file()).isEqualTo("solidarity/food-aid-copy.drl");
        assertThat(p.message(Lang.EN)).contains("ruleset.yaml");
    }

    @Test
    void aPackageThatIsNotItsFolderIsRefusedAtItsLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD, "package rules.solidarity;", "package rules.solidarite;");
        RuleProblem p = only(load(), "packageNotFolder");
        assertAt(p, FOOD, lineOf(dir, FOOD, "package rules.solidarite;"));
        assertThat(p.message(Lang.FR)).contains("« rules.solidarite »", "« solidarity »", "« package rules.solidarity; »");
    }

    @Test
    void aWeightNoRuleUsesIsRefusedAtItsLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "weights.yaml", "  trigger.gap: 25", "  trigger.gap: 25\n  trigger.unused: 5");
        assertAt(only(load(), "unusedWeight"), "weights.yaml", lineOf(dir, "weights.yaml", "trigger.unused"));
    }

    @Test
    void aCountNoRuleUsesIsRefusedAtItsLine() throws IOException {
        RuleFolders.copy(dir);
        // both rules that read it (in and out of a crisis)
        edit(dir, "governance/anticipation.drl", "$n < counts.watchedIndicatorsMin()", "$n < 6");
        edit(dir, "governance/anticipation.drl", "$n < counts.watchedIndicatorsMin()", "$n < 6");
        assertAt(only(load(), "unusedCount"), "thresholds.yaml", lineOf(dir, "thresholds.yaml", "watchedIndicatorsMin: 6"));
    }

    @Test
    void aMisspeltKeyInADataFileIsRefusedWithTheClosestKey() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "thresholds.yaml", "    alarm: 40", "    alarn: 40");
        RuleProblem p = only(load(), "unknownKey");
        assertAt(p, "thresholds.yaml", lineOf(dir, "thresholds.yaml", "alarn: 40"));
        assertThat(p.message(Lang.FR)).contains("alarn", "→ alarm");
    }

    @Test
    void aMisspeltHazardInWhenAnIndicatorIsNotAskedIsRefusedWithTheAllowedValues() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "thresholds.yaml", "      hazards: [HEATWAVE, COLD_WAVE]\n    reason", "      hazards: [HEATWAVE, COLDWAVE]\n    reason");
        RuleProblem p = only(load(), "badEnum");
        assertAt(p, "thresholds.yaml", lineOf(dir, "thresholds.yaml", "hazards: [HEATWAVE, COLDWAVE]"));
        assertThat(p.message(Lang.FR)).contains("COLDWAVE", "COLD_WAVE", "notAskedIn");
    }

    @Test
    void aContextRuleThatNamesAnActionIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "context/phase.drl", "    @weight(\"phase.acuteImmediate\")", "    @action(\"FOOD-AID-COORDINATION\")\n    @weight(\"phase.acuteImmediate\")");
        assertThat(only(load(), "contextWithAction").file()).isEqualTo("context/phase.drl");
    }

    @Test
    void aMisspeltAnnotationIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD, "    @source([", "    @sources([");
        RuleBaseException e = load();
        assertAt(only(e, "unknownMetadata"), FOOD, lineOf(dir, FOOD, "@sources(["));
        assertThat(only(e, "missingMetadata").message(Lang.FR)).contains("@source");
    }

    @Test
    void aStatedPassageTheRuleDoesNotCiteIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "training/managers.drl", "@stated([\"hcts-2021/preconisation-11\"])", "@stated([\"hcts-2021/preconisation-1\"])");
        RuleProblem p = only(load(), "statedNotCited");
        assertAt(p, "training/managers.drl", lineOf(dir, "training/managers.drl", "@stated("));
        assertThat(p.message(Lang.FR)).contains("hcts-2021/preconisation-1");
    }

    @Test
    void aChangedSourceDocumentOrAPassageOutsideItIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "sources/ministre-reponse-2021-05.txt", "détresse psychique sans précédent", "détresse psychique");
        edit(dir, "sources.yaml", "lines: \"162\"", "lines: \"162-170\"");
        RuleBaseException e = load();
        assertThat(only(e, "sourceChanged").file()).isEqualTo("sources.yaml");
        assertAt(only(e, "badLines"), "sources.yaml", lineOf(dir, "sources.yaml", "162-170"));
    }

    @Test
    void aDocumentLineNoPassageCoversIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "sources.yaml", "lines: \"29-35\"", "lines: \"29-34\"");
        RuleProblem p = only(load(), "sourceLineNotCovered");
        assertThat(p.message(Lang.FR)).contains("sources/hcts-2021-presentation.txt", "35");
    }

    @Test
    void aQuoteThatIsNotInItsPassageIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "sources.yaml", "quote: \"rétablir de la flexibilité dans les processus de décision\"",
                "quote: \"rétablir la flexibilité des décisions\"");
        assertThat(only(load(), "quoteNotInPassage").file()).isEqualTo("sources.yaml");
    }

    private RuleBaseException load() {
        return SeededProblems.load(dir);
    }
}
