package vn.campaign.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.CampaignApiApplication;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.MongoIndexes;
import vn.campaign.api.mongo.UnitDocument;
import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.admin.CopyCampaign;
import vn.campaign.core.admin.MergeUnits;
import vn.campaign.core.admin.OpenCampaign;
import vn.campaign.core.admin.UnitAdministration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.UnitCode;

/**
 * Two starts of the application on the same H2 store file: the first seeds the campaign and the units and
 * creates the indexes, the second adds nothing and duplicates nothing.
 */
class SeedingAcrossRestartsIT {

    @TempDir
    Path directory;

    @Test
    void seedsOnTheFirstStartAndNeitherDuplicatesNorOverwritesOnTheSecond() {
        try (ConfigurableApplicationContext first = start()) {
            MongoTemplate mongo = first.getBean(MongoTemplate.class);
            assertThat(mongo.count(new Query(), CampaignDocument.COLLECTION)).isEqualTo(1);
            assertThat(mongo.count(new Query(), UnitDocument.COLLECTION)).isEqualTo(HaTinhCity.units().size());
            mongo.getCollection(UnitDocument.COLLECTION).updateOne(new Document("_id", "18100@"),
                    new Document("$set", new Document("name", "Xã Thạch Hạ (sửa tay)")));
        }

        try (ConfigurableApplicationContext second = start()) {
            MongoTemplate mongo = second.getBean(MongoTemplate.class);
            assertThat(mongo.count(new Query(), CampaignDocument.COLLECTION)).isEqualTo(1);
            assertThat(mongo.count(new Query(), UnitDocument.COLLECTION)).isEqualTo(HaTinhCity.units().size());
            Document thachHa = mongo.getCollection(UnitDocument.COLLECTION).find(new Document("_id", "18100@")).first();
            assertThat(thachHa).isNotNull();
            assertThat(thachHa.getString("name")).isEqualTo("Xã Thạch Hạ (sửa tay)");
            List<String> indexes = second.getBean(MongoIndexes.class).names(UnitDocument.COLLECTION);
            assertThat(indexes).contains(MongoIndexes.UNIT_KEY);
        }
    }

    @Test
    void aDefinedCampaignAndAMergerSurviveARestart() {
        try (ConfigurableApplicationContext first = start()) {
            CampaignAdministration campaigns = first.getBean(CampaignAdministration.class);
            assertThat(campaigns.copy(new CopyCampaign("CT32-2022", "CT32-2023", "Đợt thi đua năm 2023", null,
                    LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 15)))).isInstanceOf(Outcome.Success.class);
            assertThat(campaigns.open(new OpenCampaign("CT32-2023", 1))).isInstanceOf(Outcome.Success.class);
            assertThat(first.getBean(UnitAdministration.class).merge(new MergeUnits(List.of("18076"), "18070",
                    LocalDate.of(2023, 1, 1)))).isInstanceOf(Outcome.Success.class);
        }

        try (ConfigurableApplicationContext second = start()) {
            CampaignPlatform platform = second.getBean(CampaignPlatform.class);
            assertThat(platform.campaigns().findStored(new CampaignCode("CT32-2023"))).get().satisfies(s -> {
                assertThat(s.campaign().status()).isEqualTo(CampaignStatus.OPEN);
                assertThat(s.version()).isEqualTo(2);
            });
            assertThat(platform.campaigns().findAll()).hasSize(2);
            assertThat(platform.units().findAllByCode(new UnitCode("18076"))).singleElement()
                    .satisfies(u -> assertThat(u.mergedInto()).isNotNull());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CampaignApiApplication.class).web(WebApplicationType.NONE)
                .run("--campaign.store.embedded=h2", "--campaign.store.path=" + directory.resolve("campaign.mv"),
                        "--spring.mongodb.uri=", "--spring.mongodb.host=");
    }
}
