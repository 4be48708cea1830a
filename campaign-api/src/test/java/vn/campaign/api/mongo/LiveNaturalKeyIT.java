package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations.WriteResult;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Work;
import vn.campaign.api.support.StoreCleanup;

/**
 * The natural key holds among live registrations only, on the store itself (the embedded store, or the MongoDB of
 * {@code SPRING_MONGODB_URI}): a rejected or cancelled registration gives up its name, so the unique index lets a
 * new registration take it, while two live ones still clash even when they race past the rules. Documents stored
 * before the key was live-only get theirs at start, and the former index is dropped.
 */
class LiveNaturalKeyIT {

    private static final String NAME = "Khánh thành cầu Hộ Độ";
    private static final Instant AT = Instant.parse("2022-05-02T02:00:00Z");
    private static MongoFixture fixture;
    private MongoRegistrations registrations;

    @BeforeAll
    static void openStore() {
        fixture = MongoFixture.open();
    }

    @AfterAll
    static void closeStore() {
        fixture.close();
    }

    @BeforeEach
    void emptyCollection() {
        StoreCleanup.removeAllRegistrations(fixture.template());
        registrations = new MongoRegistrations(fixture.template());
    }

    private static Work registered(String name) {
        Work w = Fixtures.inaugurationIn("18070", name);
        return new Work(w.id(), w.campaign(), w.unit(), w.details(), RegistrationStatus.REGISTERED, null, null, false, 0,
                vn.campaign.core.registration.Timeline.registeredAt(AT));
    }

    private static Registration ended(Work work, RegistrationStatus status) {
        return status == RegistrationStatus.REJECTED
                ? work.reviewed(ReviewProcess.single(), ReviewDecision.REJECTED, "Trùng", "admin", AT.plusSeconds(60))
                : work.withStatus(status, "Rút", null, AT.plusSeconds(60));
    }

    @ParameterizedTest(name = "a {0} registration gives up its name")
    @EnumSource(value = RegistrationStatus.class, names = {"REJECTED", "CANCELLED"})
    void anEndedRegistrationGivesUpItsName(RegistrationStatus status) {
        Work first = registered(NAME);
        registrations.insert(first);
        Registration gone = ended(first, status);
        assertThat(registrations.update(gone, 0)).isEqualTo(WriteResult.DONE);

        Work again = registered("KHANH THANH CAU HO DO");
        assertThat(registrations.insert(again)).isEqualTo(WriteResult.DONE);

        NaturalKey key = again.naturalKey();
        assertThat(registrations.findByNaturalKey(key)).contains(again);
        assertThat(registrations.findAllByNaturalKey(key)).containsExactlyInAnyOrder(gone, again);
        assertThat(registrations.findById(first.id())).contains(gone);
        assertThat(registrations.insert(registered("khánh thành cầu hộ độ"))).as("two live ones still clash")
                .isEqualTo(WriteResult.DUPLICATE);
    }

    @Test
    void aReturnedRegistrationKeepsItsName() {
        Work first = registered(NAME);
        registrations.insert(first);
        registrations.update(first.reviewed(ReviewProcess.single(), ReviewDecision.RETURNED, "Bổ sung ảnh", "admin",
                AT.plusSeconds(60)), 0);

        assertThat(registrations.insert(registered(NAME))).isEqualTo(WriteResult.DUPLICATE);
    }

    @Test
    void keepsTheReviewHistoryWithTheRegistration() {
        Work first = registered(NAME);
        registrations.insert(first);
        Work returned = first.reviewed(ReviewProcess.single(), ReviewDecision.RETURNED, "Bổ sung ảnh", "admin",
                AT.plusSeconds(60));
        registrations.update(returned, 0);

        assertThat(registrations.findById(first.id())).contains(returned);
        Document stored = fixture.template().findById(first.id().value(), Document.class,
                RegistrationDocument.COLLECTION);
        assertThat(stored).isNotNull();
        assertThat(stored.getList("reviews", Document.class)).singleElement()
                .satisfies(r -> assertThat(r.getString("decision")).isEqualTo("RETURNED"));
    }

    @Test
    void givesDocumentsStoredBeforeTheirKeyAndDropsTheFormerIndex() {
        Work live = registered(NAME);
        Registration rejected = ended(registered("Khánh thành trường mầm non"), RegistrationStatus.REJECTED);
        registrations.insert(live);
        registrations.insert(rejected);
        fixture.template().indexOps(RegistrationDocument.COLLECTION).dropIndex(MongoIndexes.REGISTRATION_KEY);
        fixture.template().updateMulti(new Query(), new Update().unset("nameKey"), RegistrationDocument.COLLECTION);
        fixture.template().indexOps(RegistrationDocument.COLLECTION).createIndex(new Index().on("campaign",
                Direction.ASC).on("unit", Direction.ASC).on("nameFolded", Direction.ASC).unique()
                .named(MongoIndexes.FORMER_REGISTRATION_KEY));

        MongoIndexes indexes = new MongoIndexes(fixture.template());
        indexes.create();

        assertThat(indexes.names(RegistrationDocument.COLLECTION)).contains(MongoIndexes.REGISTRATION_KEY)
                .doesNotContain(MongoIndexes.FORMER_REGISTRATION_KEY);
        assertThat(fixture.template().count(new Query(where("nameKey").exists(false)),
                RegistrationDocument.COLLECTION)).isZero();
        assertThat(registrations.findByNaturalKey(live.naturalKey())).contains(live);
        assertThat(registrations.insert(registered("Khánh thành trường mầm non")))
                .as("the rejected one gave up its name").isEqualTo(WriteResult.DONE);
        assertThat(registrations.insert(registered(NAME))).isEqualTo(WriteResult.DUPLICATE);
        assertThat(registrations.findByCampaign(Directive32.CODE)).hasSize(3);
    }
}
