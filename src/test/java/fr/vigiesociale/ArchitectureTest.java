package fr.vigiesociale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine is a plain library: the web app (Spring) sits on top of it, never inside it. And the
 * layers only point downwards: scenario ← ruleset ← engine ← api ← report/cli/docs.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.vigiesociale");
    }

    @Test
    void theEngineAndItsInputsDoNotDependOnSpring() {
        noClasses().that().resideInAnyPackage(
                        "fr.vigiesociale.scenario..", "fr.vigiesociale.ruleset..", "fr.vigiesociale.engine..",
                        "fr.vigiesociale.api..", "fr.vigiesociale.i18n..", "fr.vigiesociale.report..",
                        "fr.vigiesociale.cli..", "fr.vigiesociale.docs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("the engine, its API and the command line must work without Spring")
                .check(classes);
    }

    @Test
    void theScenarioFormatKnowsNothingOfRulesOrReports() {
        noClasses().that().resideInAPackage("fr.vigiesociale.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "fr.vigiesociale.ruleset..", "fr.vigiesociale.engine..", "fr.vigiesociale.api..",
                        "fr.vigiesociale.report..", "fr.vigiesociale.cli..", "fr.vigiesociale.i18n..")
                .check(classes);
    }

    @Test
    void theEngineDoesNotReachUpToTheApiOrTheOutputs() {
        noClasses().that().resideInAnyPackage("fr.vigiesociale.engine..", "fr.vigiesociale.ruleset..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "fr.vigiesociale.api..", "fr.vigiesociale.report..", "fr.vigiesociale.cli..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        SlicesRuleDefinition.slices().matching("fr.vigiesociale.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Nor between sub-packages of one feature ({@code engine} and {@code engine.precompiled}, {@code web} and {@code web.api}). */
    @Test
    void noSubPackageCycles() {
        SlicesRuleDefinition.slices().matching("fr.vigiesociale.(**)").should().beFreeOfCycles().check(classes);
    }
}
