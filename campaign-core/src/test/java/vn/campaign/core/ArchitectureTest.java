package vn.campaign.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import vn.campaign.core.fixture.cycle.left.Left;
import vn.campaign.core.fixture.cycle.right.Right;

/** The boundaries of the core: a library other city systems embed, with the JDK as its only platform. */
@AnalyzeClasses(packages = "vn.campaign.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The core uses the JDK (its {@code java} packages, and {@code javax.crypto} for the random ids' keystream),
     * JSpecify's annotations and SnakeYAML (for definitions) — nothing else.
     */
    @ArchTest
    static final ArchRule core_depends_on_the_jdk_jspecify_and_snakeyaml_only = classes()
            .that().resideInAPackage("vn.campaign.core..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "vn.campaign.core..", "org.jspecify.annotations..",
                    "org.yaml.snakeyaml..");

    /** Named explicitly, so the failure message says what matters most. */
    @ArchTest
    static final ArchRule core_uses_no_spring_mongodb_or_poi_class = noClasses()
            .that().resideInAPackage("vn.campaign.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..",
                    "org.apache.poi..", "org.apache.commons.csv..");

    /** The domain does not reach up into the application services. */
    @ArchTest
    static final ArchRule domain_packages_do_not_depend_on_the_application_services = noClasses()
            .that().resideInAnyPackage("vn.campaign.core.campaign..", "vn.campaign.core.unit..",
                    "vn.campaign.core.registration..", "vn.campaign.core.rule..", "vn.campaign.core.compliance..",
                    "vn.campaign.core.progress..", "vn.campaign.core.text..", "vn.campaign.core.time..")
            .should().dependOnClassesThat().resideInAPackage("vn.campaign.core.application..");

    /**
     * No package of the core depends, through others or directly, on itself: each concept can be read,
     * tested and moved with the packages below it only.
     */
    @ArchTest
    static final ArchRule no_package_cycles = packagesUnder("vn.campaign.core");

    /**
     * The rule that the packages right under a root are free of cycles.
     *
     * @param root the root package
     * @return the rule
     */
    static ArchRule packagesUnder(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1").as("packages under " + root)
                .should().beFreeOfCycles();
    }

    @Test
    void theCycleRuleFailsForTwoPackagesThatUseEachOther() {
        JavaClasses offenders = new ClassFileImporter().importClasses(Left.class, Right.class);
        assertThat(packagesUnder("vn.campaign.core.fixture.cycle").evaluate(offenders).hasViolation())
                .as("left and right use each other, so the rule must report the cycle")
                .isTrue();
    }

    @Test
    void theDependencyRuleFailsForAClassThatUsesAForeignLibrary() {
        JavaClasses offender = new ClassFileImporter().importClasses(ArchitectureTest.class);
        ArchRule rule = classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "vn.campaign.core..", "org.jspecify.annotations..",
                    "org.yaml.snakeyaml..");
        assertThat(rule.evaluate(offender).hasViolation())
                .as("this test class uses ArchUnit and AssertJ, so the rule must report it")
                .isTrue();
    }
}
