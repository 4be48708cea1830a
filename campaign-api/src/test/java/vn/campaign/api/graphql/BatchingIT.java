package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;

/**
 * Every parent-to-child edge is batched: the number of commands the MongoDB driver sends for a query does
 * not grow with the number of items it returns. Commands are counted by a {@code CommandListener}
 * registered on the application's client.
 */
@Import(BatchingIT.CountCommands.class)
class BatchingIT extends EmbeddedStoreTestBase {

    private static final List<String> AREAS = List.of("URBAN", "CULTURE", "ECONOMY", "EDUCATION", "HEALTH");
    private static final String TOKEN = "batch" + System.nanoTime();
    /**
     * The commands of a page of works with their units, parents, task areas and campaign: the page, its count,
     * the campaigns (which hold the task areas), the units, their parents (README: "the same 5 MongoDB commands").
     */
    private static final int WORKS_COMMANDS = 5;
    /** The commands of a page of events with their units and campaign. */
    private static final int EVENTS_COMMANDS = 4;
    /** The commands of a page of units with their parents, works and events. */
    private static final int UNITS_COMMANDS = 7;

    @TestConfiguration(proxyBeanMethods = false)
    static class CountCommands {

        @Bean
        MongoCommandCounter mongoCommandCounter() {
            return new MongoCommandCounter();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countMongoCommands(MongoCommandCounter counter) {
            return settings -> settings.addCommandListener(counter);
        }
    }

    @Autowired
    private MongoCommandCounter counter;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private WebApplicationContext context;

    private GraphQlTester graphQl;

    @BeforeEach
    void registerAHundredWorksAndEventsAcrossTheWardsAndCommunes() {
        graphQl = GraphQlEndpoint.of(context).tester();
        if (!platform.registrations().findByCampaign(vn.campaign.core.campaign.Directive32.CODE).stream()
                .anyMatch(r -> r.name().contains(TOKEN))) {
            List<Unit> wards = HaTinhCity.wardsAndCommunes();
            for (int i = 0; i < 100; i++) {
                String unit = wards.get(i % wards.size()).code().value();
                platform.registrationService().registerWork(new RegisterWork("CT32-2022", unit,
                        WorkDetails.of("Công trình " + i + " " + TOKEN, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 1))
                                .withTaskArea(new TaskAreaCode(AREAS.get(i % AREAS.size())))));
                platform.registrationService().registerEvent(new RegisterEvent("CT32-2022", unit, EventDetails.of(
                        "Sự kiện " + i + " " + TOKEN, EventKind.CULTURAL, LocalDate.of(2022, 5, 2), null)));
            }
        }
    }

    @Test
    void readsTenOrAHundredWorksWithTheirUnitsTaskAreasAndCampaignsInTheSameNumberOfCommands() {
        String query = """
                query($s: String, $n: Int!) {
                  works(filter: {search: $s}, first: $n) {
                    totalCount
                    nodes { name unit { code name parent { code name } } taskArea { code name } campaign { code } }
                  }
                }""";

        List<String> ten = commandsOf(query, 10, "works.nodes");
        List<String> hundred = commandsOf(query, 100, "works.nodes");

        assertThat(ten).as("commands for 10 works with their unit, parent, task area and campaign").hasSize(WORKS_COMMANDS);
        assertThat(hundred).as("commands for 100 works, against those for 10").containsExactlyElementsOf(ten);
    }

    @Test
    void readsTheEventsOfAHundredWithTheirUnitsInTheSameNumberOfCommandsAsTen() {
        String query = """
                query($s: String, $n: Int!) {
                  events(filter: {search: $s}, first: $n) { nodes { name startsOn unit { code } campaign { code } } }
                }""";

        List<String> ten = commandsOf(query, 10, "events.nodes");

        assertThat(ten).as("commands for 10 events with their unit and campaign").hasSize(EVENTS_COMMANDS);
        assertThat(commandsOf(query, 100, "events.nodes")).containsExactlyElementsOf(ten);
    }

    @Test
    void readsTheWorksOfThreeOrSeventeenUnitsInTheSameNumberOfCommands() {
        String query = """
                query($n: Int!) {
                  units(first: $n) {
                    nodes { code parent { code } works(first: 5) { totalCount nodes { name taskArea { code } unit { code } } }
                            events(first: 5) { totalCount } }
                  }
                }""";

        List<String> three = commandsOf(query, 3, "units.nodes");
        List<String> seventeen = commandsOf(query, 17, "units.nodes");

        assertThat(three).as("commands for 3 units with their parent, works and events").hasSize(UNITS_COMMANDS);
        assertThat(seventeen).containsExactlyElementsOf(three);
    }

    @Test
    void evaluatesComplianceOnceForTheCampaignWhateverTheNumberOfUnits() {
        counter.reset();
        graphQl.document("""
                { campaign(code: "CT32-2022") { compliance { requiredUnits units { unit { code name parent { code } } compliant } } } }""")
                .execute().path("campaign.compliance.units").entityList(Object.class).hasSize(15);

        assertThat(counter.commands()).as("one read of the units' summaries, no registration read")
                .filteredOn(c -> c.startsWith("find unitSummaries")).hasSize(1);
        assertThat(counter.commands()).filteredOn(c -> c.startsWith("find registrations")).isEmpty();
        assertThat(counter.commands()).filteredOn(c -> c.startsWith("find units")).hasSizeLessThanOrEqualTo(2);
    }

    private List<String> commandsOf(String query, int n, String listPath) {
        counter.reset();
        GraphQlTester.Request<?> request = graphQl.document(query).variable("n", n);
        if (query.contains("$s")) {
            request = request.variable("s", TOKEN);
        }
        request.execute()
                .path(listPath).entityList(Object.class).hasSize(n);
        return counter.commands();
    }
}
