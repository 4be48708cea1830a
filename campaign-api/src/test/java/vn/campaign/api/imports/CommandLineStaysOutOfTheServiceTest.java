package vn.campaign.api.imports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The service embeds the importer as a library and never its command line: no class of the service uses the
 * command's package or the libraries only the command needs (picocli, progressbar, JLine), which
 * {@code campaign-import} declares optional so that the service's jar does not ship them ({@link ServiceJarIT}).
 */
class CommandLineStaysOutOfTheServiceTest {

    private static final ArchRule NO_COMMAND_LINE = noClasses().that().resideInAPackage("vn.campaign.api..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.campaign.importer.cli..", "picocli..",
                    "me.tongfei.progressbar..", "org.jline..");

    @Test
    void noClassOfTheServiceUsesTheImportersCommandLine() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.campaign.api");

        assertThat(service).as("the service's classes").isNotEmpty();
        NO_COMMAND_LINE.check(service);
    }

    @Test
    void theRuleFailsForAClassThatUsesTheCommand() {
        JavaClasses offender = new ClassFileImporter().importClasses(ImportCommandEndToEndIT.class);

        assertThat(NO_COMMAND_LINE.evaluate(offender).hasViolation())
                .as("ImportCommandEndToEndIT runs CampaignImportCommand, so the rule must report it").isTrue();
    }
}
