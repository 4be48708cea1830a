package vn.campaign.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.Connection;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.graphql.fixture.ReadsTheStoreDirectly;
import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.fixture.ReachesUpToGraphQl;

/**
 * The boundaries of the service: GraphQL and HTTP controllers (the inbound adapter) reach the data through
 * the core's services and ports and the API's read ports ({@code vn.campaign.api.platform}); the store
 * adapters are the only code that knows MongoDB; no two packages depend on each other.
 */
@AnalyzeClasses(packages = "vn.campaign.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The store adapters: the core's ports and the read ports over MongoDB, the store itself (embedded or
     * external), and the stores of the audit trail, the import history and the evidence files.
     */
    static final String[] STORE_ADAPTERS = {"vn.campaign.api.mongo..", "vn.campaign.api.store..",
        "vn.campaign.api.audit.mongo..", "vn.campaign.api.imports.mongo..", "vn.campaign.api.evidence.mongo..",
        "vn.campaign.api.backup.mongo..", "vn.campaign.api.notifications.mongo..",
        "vn.campaign.api.closing.mongo..", "vn.campaign.api.commendation.mongo..", "vn.campaign.api.live.mongo..",
        "vn.campaign.api.plaque.mongo.."};

    /** The MongoDB driver, BSON, Spring Data MongoDB, Spring Boot's MongoDB support and the embedded server. */
    static final String[] MONGODB = {"com.mongodb..", "org.bson..", "org.springframework.data.mongodb..",
        "org.springframework.boot.mongodb..", "org.springframework.boot.data.mongodb..", "de.bwaldvogel.."};

    /** No package of the service depends, through others or directly, on itself. */
    @ArchTest
    static final ArchRule api_packages_are_free_of_cycles = packagesUnder("vn.campaign.api");

    /**
     * A controller maps a request to the core's services and the read ports and back; it never holds a store
     * adapter, a {@code MongoTemplate}, a {@code MongoClient} or anything else of MongoDB.
     */
    @ArchTest
    static final ArchRule controllers_reach_the_store_only_through_services_and_read_ports = noClasses()
            .that().resideInAPackage("vn.campaign.api.graphql..").or().areMetaAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().resideInAnyPackage(concat(STORE_ADAPTERS, MONGODB))
            .as("controllers reach the store only through services and read ports");

    /** MongoDB is a detail of the store adapters: no other class uses one of its types. */
    @ArchTest
    static final ArchRule mongodb_types_are_used_by_the_store_adapters_only = noClasses()
            .that().resideOutsideOfPackages(STORE_ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(MONGODB)
            .as("MongoDB types are used by the store adapters only");

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

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void theCycleRuleFailsForAReadPortClassThatUsesGraphQl() {
        JavaClasses offenders = new ClassFileImporter().importClasses(ReachesUpToGraphQl.class, GlobalId.class,
                Connection.class, Page.class);
        assertThat(api_packages_are_free_of_cycles.evaluate(offenders).hasViolation())
                .as("platform → graphql → platform is a cycle, so the rule must report it")
                .isTrue();
    }

    @Test
    void theControllerRuleFailsForAControllerThatReadsTheStoreDirectly() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheStoreDirectly.class);
        assertThat(controllers_reach_the_store_only_through_services_and_read_ports.evaluate(offender)
                .hasViolation())
                .as("the controller holds MongoOperations and builds MongoRegistrations, so the rule must report it")
                .isTrue();
    }

    @Test
    void theMongoDbRuleFailsForAClassOutsideTheStoreAdapters() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheStoreDirectly.class);
        assertThat(mongodb_types_are_used_by_the_store_adapters_only.evaluate(offender).hasViolation())
                .as("a GraphQL class holds MongoOperations, so the rule must report it")
                .isTrue();
    }
}
