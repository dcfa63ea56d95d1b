package fr.vigiesociale.engine;

import static fr.vigiesociale.RuleFolders.edit;
import static fr.vigiesociale.RuleFolders.lineOf;
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
    void aMisspeltReasonKeyNamesTheRuleAndTheTextsFile() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER, "@reason(\"noOutreachTeams\")", "@reason(\"noOutreachTeam\")");
        RuleBaseException e = load();
        var missing = e.problems().stream().filter(p -> p.code().equals("unknownReason")).toList();
        assertThat(missing).as("one problem per language").hasSize(2).allSatisfy(p ->
                assertAt(p, SHELTER, lineOf(dir, SHELTER, "@reason(\"noOutreachTeam\")")));
        assertThat(missing.get(0).message(Lang.FR)).contains("noOutreachTeam", "i18n/reasons.properties", "→ noOutreachTeams");
        assertThat(missing.get(1).message(Lang.FR)).contains("i18n/reasons_en.properties");
        // the real text is now used by no rule: that is a problem of its own
        assertThat(e.problems()).anySatisfy(x -> assertThat(x.code()).isEqualTo("unusedReason"));
    }

    @Test
    void aPlaceholderTheRuleCannotFillIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "i18n/reasons_en.properties", "({resources.outreachTeams})", "({resources.outreachTeam})");
        RuleProblem p = only(load(), "unknownPlaceholder");
        assertAt(p, SHELTER, lineOf(dir, SHELTER, "@reason(\"noOutreachTeams\")"));
        assertThat(p.message(Lang.EN)).contains("{resources.outreachTeam}", "i18n/reasons_en.properties",
                "resources.outreachTeams");
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
        edit(dir, FOOD, "    @source([\"hcts-2021/crise-alimentaire\", \"hcts-2021/nouveaux-liens-partenariaux\", \"hcts-2021/preconisation-4\"])\n", "");
        RuleProblem p = only(load(), "missingMetadata");
        assertAt(p, FOOD, lineOf(dir, FOOD, "rule \"Hausse des demandes d'aide alimentaire"));
        assertThat(p.message(Lang.FR)).contains("@source");
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
        edit(dir, "thresholds.yaml", "      hazards: [HEATWAVE, COLD_WAVE]\n    basis", "      hazards: [HEATWAVE, COLDWAVE]\n    basis");
        RuleProblem p = only(load(), "badEnum");
        assertAt(p, "thresholds.yaml", lineOf(dir, "thresholds.yaml", "hazards: [HEATWAVE, COLDWAVE]"));
        assertThat(p.message(Lang.FR)).contains("COLDWAVE", "COLD_WAVE", "notAskedIn");
    }

    @Test
    void aVariantForAKindAtALevelIsRefusedWithTheClosestKey() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "actions.yaml", "      HEATWAVE+DEPARTMENT:", "      HEALTH+DEPARTMENT:");
        RuleProblem p = only(load(), "unknownKey");
        assertAt(p, "actions.yaml", lineOf(dir, "actions.yaml", "HEALTH+DEPARTMENT:"));
        assertThat(p.message(Lang.FR)).contains("HEALTH+DEPARTMENT", "HEATWAVE+DEPARTMENT");
    }

    @Test
    void aContextRuleThatNamesAnActionIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "context/phase.drl", "    @reason(\"phaseAcuteImmediate\")", "    @action(\"FOOD-AID-COORDINATION\")\n    @reason(\"phaseAcuteImmediate\")");
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
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class,
                () -> CompiledRules.compile(RuleSetFiles.fromDirectory(dir)));
        assertThat(e).as("the seeded rule base must not load").isNotNull();
        return e;
    }

    /** The one problem with this code (there may be others of other codes). */
    private static RuleProblem only(RuleBaseException e, String code) {
        var matching = e.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertThat(matching).as("problems %s among %s", code, e.problems()).hasSize(1);
        return matching.get(0);
    }

    private static void assertAt(RuleProblem p, String file, int line) {
        assertThat(p.file()).as("file of %s", p).isEqualTo(file);
        assertThat(p.line()).as("line of %s", p).isEqualTo(line);
    }
}
