package vn.campaign.api.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.campaign.api.backup.mongo.StoreCommandLine;
import vn.campaign.api.mongo.MongoIndexes;
import vn.campaign.api.mongo.MongoRegistrations;
import vn.campaign.api.mongo.MongoUnitSummaries;
import vn.campaign.api.platform.PlatformConfiguration;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.store.EmbeddedMongoStore;
import vn.campaign.api.store.StoreProperties;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.unit.UnitCode;

/**
 * {@code java -jar campaign-api.jar rebuild} on a stopped server's store file: the summaries of registrations
 * loaded without the write path (here: stored, then their summaries deleted) are made again.
 */
class RebuildCommandIT {

    @TempDir
    Path directory;

    @Test
    void rebuildsTheDeletedSummariesOfAStoreFileFromItsRegistrations() {
        StoreProperties properties = new StoreProperties(EmbeddedBackend.H2, directory.resolve("campaign.mv"), 0,
                "campaign");
        List<UnitSummary> before;
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(properties);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoTemplate template = new MongoTemplate(client, "campaign");
            new MongoIndexes(template).create();
            MongoRegistrations registrations = new MongoRegistrations(template);
            for (int i = 0; i < 5; i++) {
                registrations.insert(new Work(RegistrationId.random(), Directive32.CODE, new UnitCode(i < 3 ? "18070"
                        : "18100"), WorkDetails.of("Công trình " + i, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 1 + i)),
                        i % 2 == 0 ? RegistrationStatus.APPROVED : RegistrationStatus.REGISTERED, null, null, false, 0));
            }
            before = summaries(template);
            assertThat(before).hasSize(2);
            template.remove(new Query(), MongoUnitSummaries.SUMMARIES);
            template.remove(new Query(), MongoUnitSummaries.MEMBERS);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StoreCommandLine.run(new String[] {"rebuild", "--campaign.store.path",
            properties.path().toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isEqualTo(StoreCommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("rebuild: 2 unit summaries rebuilt");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(properties);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(summaries(new MongoTemplate(client, "campaign"))).isEqualTo(before);
        }
    }

    private static List<UnitSummary> summaries(MongoTemplate template) {
        return new MongoUnitSummaries(template, PlatformConfiguration.HA_TINH_ZONE).findByCampaign(Directive32.CODE)
                .stream().sorted(java.util.Comparator.comparing(s -> s.unit().value())).toList();
    }
}
