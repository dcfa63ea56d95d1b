package fr.vigiesociale.engine;

import static fr.vigiesociale.RuleFolders.edit;
import static fr.vigiesociale.RuleFolders.lineOf;
import static fr.vigiesociale.engine.SeededProblems.assertAt;
import static fr.vigiesociale.engine.SeededProblems.only;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A concern's data file (beside its DRL file) is read as strictly as the rules: each mistake a rule
 * author can make in it stops the load, with the file and the line to correct.
 */
class ConcernFilesVerificationTest {

    private static final String SHELTER = "housing/emergency-shelter.drl";
    private static final String FOOD = "solidarity/food-aid.drl";
    private static final String SHELTER_TEXTS = "housing/emergency-shelter.yaml";
    private static final String FOOD_TEXTS = "solidarity/food-aid.yaml";

    @TempDir
    Path dir;

    @Test
    void aRuleWhoseWordsAreMissingBesideItIsRefusedAtTheRule() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER_TEXTS, "  - name: \"115 saturé sans équipe d'aller-vers : créer des maraudes\"",
                "  - name: \"115 saturé sans équipe d'aller-vers : créer des maraude\"");
        RuleBaseException e = load();
        assertAt(only(e, "missingRuleTexts"), SHELTER, lineOf(dir, SHELTER, "rule \"115 saturé sans équipe d'aller-vers"));
        assertThat(only(e, "missingRuleTexts").message(Lang.FR)).contains(SHELTER_TEXTS);
        // the misspelt entry names no rule: refused at its own line, with the closest rule's name
        RuleProblem p = only(e, "unknownRuleTexts");
        assertAt(p, SHELTER_TEXTS, lineOf(dir, SHELTER_TEXTS, "créer des maraude\""));
        assertThat(p.message(Lang.FR)).contains("→ 115 saturé sans équipe d'aller-vers : créer des maraudes");
    }

    @Test
    void aMissingEnglishTextIsRefusedAtItsEntry() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER_TEXTS, "      en: \"There is no outreach team ({resources.outreachTeams}) while the 115 line is saturated.\"\n", "");
        RuleProblem p = only(load(), "missingKey");
        assertThat(p.file()).isEqualTo(SHELTER_TEXTS);
        assertThat(p.line()).isEqualTo(lineOf(dir, SHELTER_TEXTS, "Aucune équipe d'aller-vers n'existe"));
        assertThat(p.message(Lang.FR)).contains("en");
    }

    @Test
    void aPlaceholderTheRuleCannotFillIsRefusedAtTheTextLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, SHELTER_TEXTS, "({resources.outreachTeams}) while", "({resources.outreachTeam}) while");
        RuleProblem p = only(load(), "unknownPlaceholder");
        assertAt(p, SHELTER_TEXTS, lineOf(dir, SHELTER_TEXTS, "({resources.outreachTeam}) while"));
        assertThat(p.message(Lang.EN)).contains("{resources.outreachTeam}", "(en)", "resources.outreachTeams");
    }

    @Test
    void aPlaceholderOfAnotherKindOfRuleIsRefused() throws IOException {
        // {count} is what a rule on several signals fills; a situation rule cannot
        RuleFolders.copy(dir);
        edit(dir, SHELTER_TEXTS, "({resources.outreachTeams} équipe)", "({count} équipe)");
        RuleProblem p = only(load(), "unknownPlaceholder");
        assertAt(p, SHELTER_TEXTS, lineOf(dir, SHELTER_TEXTS, "({count} équipe)"));
        assertThat(p.message(Lang.FR)).contains("{count}", "(fr)");
    }

    @Test
    void aMisspeltActionInADataFileIsUnreachedAtItsLine() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD_TEXTS, "  - id: FOOD-AID-COORDINATION", "  - id: FOOD-AID-COORDINATON");
        RuleBaseException e = load();
        assertAt(only(e, "unreachedAction"), FOOD_TEXTS, lineOf(dir, FOOD_TEXTS, "FOOD-AID-COORDINATON"));
        // and every rule that names the old id says so, at its own line, with the close one
        assertThat(e.problems()).filteredOn(p -> p.code().equals("unknownAction")).hasSize(4)
                .anySatisfy(p -> assertAt(p, FOOD, lineOf(dir, FOOD, "@action(\"FOOD-AID-COORDINATION\")")))
                .allSatisfy(p -> assertThat(p.message(Lang.FR)).contains("FOOD-AID-COORDINATION", "→ FOOD-AID-COORDINATON"));
    }

    @Test
    void anActionDefinedTwiceIsRefusedNamingTheFirstFile() throws IOException {
        RuleFolders.copy(dir);
        String food = Files.readString(dir.resolve(FOOD_TEXTS));
        String first = food.substring(food.indexOf("  - id: EMERGENCY-FOOD-VOUCHERS"), food.indexOf("\nrules:"));
        edit(dir, "solidarity/minimum-income.yaml", "actions:\n", "actions:\n" + first);
        RuleProblem p = only(load(), "duplicateAction");
        assertAt(p, "solidarity/minimum-income.yaml", 5);
        assertThat(p.message(Lang.FR)).contains("EMERGENCY-FOOD-VOUCHERS", FOOD_TEXTS);
    }

    @Test
    void aSignalRuleWithAReasonOfItsOwnIsRefused() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, FOOD_TEXTS, "      en: \"Food-aid requests at or past the watch threshold\"\n",
                "      en: \"Food-aid requests at or past the watch threshold\"\n    reason:\n      fr: \"x\"\n      en: \"x\"\n");
        assertAt(only(load(), "signalWithReason"), FOOD_TEXTS, lineOf(dir, FOOD_TEXTS, "    reason:"));
    }

    @Test
    void aDrlFileWithoutItsDataFileIsRefusedAtItsDeclaration() throws IOException {
        RuleFolders.copy(dir);
        Files.move(dir.resolve(FOOD_TEXTS), dir.resolve("solidarity/aide-alimentaire.yaml"));
        RuleBaseException e = load();
        assertAt(only(e, "missingConcernFile"), "ruleset.yaml", lineOf(dir, "ruleset.yaml", "- " + FOOD));
        assertThat(only(e, "orphanConcernFile").file()).isEqualTo("solidarity/aide-alimentaire.yaml");
    }

    @Test
    void aVariantForAKindAtALevelIsRefusedWithTheClosestKey() throws IOException {
        RuleFolders.copy(dir);
        edit(dir, "autonomy/isolation.yaml", "      HEATWAVE+DEPARTMENT:", "      HEALTH+DEPARTMENT:");
        RuleProblem p = only(load(), "unknownKey");
        assertAt(p, "autonomy/isolation.yaml", lineOf(dir, "autonomy/isolation.yaml", "HEALTH+DEPARTMENT:"));
        assertThat(p.message(Lang.FR)).contains("HEALTH+DEPARTMENT", "HEATWAVE+DEPARTMENT");
    }

    private RuleBaseException load() {
        return SeededProblems.load(dir);
    }
}
