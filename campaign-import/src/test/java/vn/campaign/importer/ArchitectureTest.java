package vn.campaign.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import vn.campaign.importer.source.ReachesUpToTheCommandLine;

/**
 * The boundaries of the importer: a library the API embeds and a command, built on the core alone, its
 * pipeline stages depending in one direction (source → sheet → parse → mapping → report → run → cli, with the
 * encodings below the source, the value parsers beside the row step, and the issues at the bottom).
 */
@AnalyzeClasses(packages = "vn.campaign.importer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SERVER_PACKAGES = {"vn.campaign.api..", "org.springframework..", "com.mongodb..",
        "org.bson..", "de.bwaldvogel.."};

    /** No two packages of the importer depend on each other, directly or round about. */
    @ArchTest
    static final ArchRule importer_packages_are_free_of_cycles = slices().matching("vn.campaign.importer.(*)..")
            .should().beFreeOfCycles();

    /** The API embeds the importer; the importer knows nothing of the API, Spring or MongoDB. */
    @ArchTest
    static final ArchRule importer_uses_no_api_spring_or_mongodb_class = importerUsesNoClassFrom(SERVER_PACKAGES);

    /** Each stage uses only the stages before it, as the package descriptions tell them. */
    @ArchTest
    static final ArchRule pipeline_stages_depend_on_earlier_stages_only = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Issues").definedBy("vn.campaign.importer.issue..")
            .layer("Encoding").definedBy("vn.campaign.importer.encoding..")
            .layer("Source").definedBy("vn.campaign.importer.source..")
            .layer("Sheet").definedBy("vn.campaign.importer.sheet..")
            .layer("Value").definedBy("vn.campaign.importer.value..")
            .layer("Parse").definedBy("vn.campaign.importer.parse..")
            .layer("Mapping").definedBy("vn.campaign.importer.mapping..")
            .layer("Report").definedBy("vn.campaign.importer.report..")
            .layer("Run").definedBy("vn.campaign.importer.run..")
            .layer("Cli").definedBy("vn.campaign.importer.cli..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Run").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Run", "Cli")
            .whereLayer("Mapping").mayOnlyBeAccessedByLayers("Report", "Run")
            .whereLayer("Parse").mayOnlyBeAccessedByLayers("Mapping", "Report", "Run")
            .whereLayer("Value").mayOnlyBeAccessedByLayers("Parse", "Mapping", "Report", "Run")
            .whereLayer("Sheet").mayOnlyBeAccessedByLayers("Parse", "Mapping", "Run")
            .whereLayer("Source").mayOnlyBeAccessedByLayers("Sheet", "Parse", "Run")
            .whereLayer("Encoding").mayOnlyBeAccessedByLayers("Source", "Sheet", "Run")
            .whereLayer("Issues").mayOnlyBeAccessedByLayers("Value", "Parse", "Mapping", "Report", "Run", "Cli");

    private static ArchRule importerUsesNoClassFrom(String... packages) {
        return noClasses().that().resideInAPackage("vn.campaign.importer..")
                .should().dependOnClassesThat().resideInAnyPackage(packages);
    }

    /** The main classes with a test class of the source stage that uses the command line's exit codes. */
    private static final JavaClasses WITH_AN_OFFENDER = new ClassFileImporter().importPackages("vn.campaign.importer");

    @Test
    void theCycleRuleFailsForASourceClassThatUsesTheCommandLine() {
        assertThat(WITH_AN_OFFENDER.contain(ReachesUpToTheCommandLine.class)).isTrue();
        assertThat(importer_packages_are_free_of_cycles.evaluate(WITH_AN_OFFENDER).hasViolation())
                .as("source → cli → run → source is a cycle, so the rule must report it")
                .isTrue();
    }

    @Test
    void theStageRuleFailsForASourceClassThatUsesTheCommandLine() {
        assertThat(pipeline_stages_depend_on_earlier_stages_only.evaluate(WITH_AN_OFFENDER).hasViolation())
                .as("the source stage may not use the command line, so the rule must report it")
                .isTrue();
    }

    @Test
    void theForeignClassRuleFailsForAClassThatUsesAForbiddenLibrary() {
        JavaClasses offender = new ClassFileImporter().importClasses(ArchitectureTest.class);
        assertThat(importerUsesNoClassFrom("org.assertj..").evaluate(offender).hasViolation())
                .as("this test class uses AssertJ, so the same rule over AssertJ's package must report it")
                .isTrue();
    }
}
