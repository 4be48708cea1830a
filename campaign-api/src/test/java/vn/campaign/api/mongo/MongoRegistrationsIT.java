package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations.WriteResult;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.api.support.StoreCleanup;

/** The registrations adapter against a real store: natural key, optimistic concurrency, pages, search. */
class MongoRegistrationsIT {

    /** What the trusted program sees: everything (what each caller sees is tested with the access rules). */
    private static final Visibility ALL = new Visibility(true, null);

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

    @Test
    void insertsAndFindsAWorkByIdCampaignUnitAndNaturalKey() {
        Work work = Fixtures.workWithEveryDetail();

        assertThat(registrations.insert(work)).isEqualTo(WriteResult.DONE);

        assertThat(registrations.findById(work.id())).contains(work);
        assertThat(registrations.findByCampaign(Directive32.CODE)).containsExactly(work);
        assertThat(registrations.findByCampaignAndUnit(Directive32.CODE, new UnitCode("18070"))).containsExactly(work);
        assertThat(registrations.findByCampaignAndUnit(Directive32.CODE, new UnitCode("18073"))).isEmpty();
        assertThat(registrations.findByNaturalKey(new NaturalKey(Directive32.CODE, new UnitCode("18070"),
                "khanh thanh nha van hoa to dan pho 5"))).contains(work);
    }

    @Test
    void refusesASecondRegistrationWhoseNameDiffersOnlyInCaseAndToneMarks() {
        assertThat(registrations.insert(Fixtures.inaugurationIn("18070", "Khánh thành cầu Hộ Độ")))
                .isEqualTo(WriteResult.DONE);

        assertThat(registrations.insert(Fixtures.inaugurationIn("18070", "KHANH THANH CAU HO DO")))
                .isEqualTo(WriteResult.DUPLICATE);
        assertThat(registrations.insert(Fixtures.festivalIn("18070", "khánh  thành cầu hộ độ")))
                .as("works and events share the natural key").isEqualTo(WriteResult.DUPLICATE);
        assertThat(registrations.insert(Fixtures.inaugurationIn("18073", "Khánh thành cầu Hộ Độ")))
                .as("another unit may use the name").isEqualTo(WriteResult.DONE);
        assertThat(fixture.template().count(new Query(), RegistrationDocument.COLLECTION)).isEqualTo(2);
    }

    @Test
    void refusesAnInsertUnderAnIdAlreadyTaken() {
        Work work = Fixtures.inaugurationIn("18070", "Khánh thành cầu Hộ Độ");
        registrations.insert(work);

        Work sameId = new Work(work.id(), work.campaign(), new UnitCode("18073"), work.details(), work.status(),
                null, null, false, 0);

        assertThat(registrations.insert(sameId)).isEqualTo(WriteResult.DUPLICATE);
    }

    @Test
    void replacesARegistrationOnlyAtTheVersionItWasRead() {
        Work work = Fixtures.inaugurationIn("18070", "Khánh thành cầu Hộ Độ");
        registrations.insert(work);
        Registration approved = work.withStatus(RegistrationStatus.APPROVED, null, null);

        assertThat(registrations.update(approved, 0)).isEqualTo(WriteResult.DONE);
        assertThat(registrations.update(work.withStatus(RegistrationStatus.CANCELLED, "muộn", null), 0))
                .as("a stale version").isEqualTo(WriteResult.CONFLICT);
        assertThat(registrations.findById(work.id())).contains(approved);
    }

    @Test
    void reportsAnUpdateOfAnUnknownIdAsNotFound() {
        Work never = Fixtures.inaugurationIn("18070", "Không có");

        assertThat(registrations.update(never.withStatus(RegistrationStatus.APPROVED, null, null), 0))
                .isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void refusesARenameOntoAnotherRegistrationsNaturalKey() {
        Work bridge = Fixtures.inaugurationIn("18070", "Khánh thành cầu Hộ Độ");
        Work school = Fixtures.inaugurationIn("18070", "Khởi công trường THCS");
        registrations.insert(bridge);
        registrations.insert(school);

        Work renamed = school.withDetails(school.details().withTaskArea(null)
                .withPlaqueRequested(false));
        Work clash = new Work(school.id(), school.campaign(), school.unit(),
                new vn.campaign.core.registration.WorkDetails("Khánh Thành Cầu Hộ Độ", school.kind(),
                        school.details().plannedOn(), null, null, null, null, null, null, false, null),
                school.status(), null, null, false, 1);

        assertThat(registrations.update(clash, 0)).isEqualTo(WriteResult.DUPLICATE);
        assertThat(registrations.update(renamed, 0)).isEqualTo(WriteResult.DONE);
    }

    @Test
    void pagesWorksByUnitThenFoldedNameAndKeepsTheCursorValidWhenWorksAreAdded() {
        for (String name : List.of("Đường D", "Ánh sáng B", "Cầu A", "Chợ C", "Ê-kíp E")) {
            registrations.insert(Fixtures.inaugurationIn("18070", name));
        }
        registrations.insert(Fixtures.festivalIn("18070", "Lễ hội không phải công trình"));
        RegistrationCriteria works = RegistrationCriteria.all(RegistrationType.WORK);

        Page<Registration> first = page(works, null, 2);
        assertThat(first.items()).extracting(Registration::name).containsExactly("Ánh sáng B", "Cầu A");
        assertThat(first.hasMore()).isTrue();

        registrations.insert(Fixtures.inaugurationIn("18070", "Ấp trước A"));
        registrations.insert(Fixtures.inaugurationIn("18070", "Cây xanh"));

        RegistrationPosition after = RegistrationPosition.of(first.items().get(1));
        List<String> rest = new ArrayList<>();
        Page<Registration> page = page(works, after, 2);
        while (true) {
            page.items().forEach(r -> rest.add(r.name()));
            if (!page.hasMore()) {
                break;
            }
            page = page(works, RegistrationPosition.of(page.items().get(page.items().size() - 1)), 2);
        }
        assertThat(rest).as("nothing repeated or skipped; the new work after the cursor appears")
                .containsExactly("Cây xanh", "Chợ C", "Đường D", "Ê-kíp E");
        assertThat(registrations.count(works, ALL)).isEqualTo(7);
    }

    @Test
    void breaksTiesOfEqualFoldedNamesInDifferentUnitsByUnitCode() {
        registrations.insert(Fixtures.inaugurationIn("18073", "Cầu A"));
        registrations.insert(Fixtures.inaugurationIn("18070", "Cầu A"));

        Page<Registration> page = page(RegistrationCriteria.all(RegistrationType.WORK), null, 10);

        assertThat(page.items()).extracting(r -> r.unit().value()).containsExactly("18070", "18073");
    }

    @Test
    void findsWorksBySearchIgnoringToneMarksAndCaseAtTheStartOfAWord() {
        registrations.insert(Fixtures.inaugurationIn("18100", "Khánh thành Nhà văn hóa thôn Thạch Hạ"));
        registrations.insert(Fixtures.inaugurationIn("18100", "Khởi công Chợ Thạch Hà"));
        registrations.insert(Fixtures.inaugurationIn("18100", "Khánh thành đường Thạch Linh"));

        assertThat(names(search("thach ha"))).containsExactlyInAnyOrder(
                "Khánh thành Nhà văn hóa thôn Thạch Hạ", "Khởi công Chợ Thạch Hà");
        assertThat(names(search("NHÀ VĂN HOÁ"))).containsExactly("Khánh thành Nhà văn hóa thôn Thạch Hạ");
        assertThat(names(search("duong"))).containsExactly("Khánh thành đường Thạch Linh");
        assertThat(names(search("hanh"))).as("only at the start of a word").isEmpty();
    }

    @Test
    void filtersByCampaignUnitKindStatusAndTaskArea() {
        Work bridge = Fixtures.inaugurationIn("18070", "Cầu A");
        registrations.insert(bridge);
        registrations.insert(Fixtures.workWithEveryDetail());
        registrations.update(bridge.withStatus(RegistrationStatus.APPROVED, null, null), 0);

        RegistrationCriteria approvedInTranPhu = new RegistrationCriteria(RegistrationType.WORK, "CT32-2022", "18070",
                Set.of("INAUGURATION"), Set.of(RegistrationStatus.APPROVED), null, null);
        RegistrationCriteria urban = new RegistrationCriteria(RegistrationType.WORK, null, null, Set.of(), Set.of(),
                "URBAN", null);
        RegistrationCriteria otherCampaign = new RegistrationCriteria(RegistrationType.WORK, "CT99-2030", null,
                Set.of(), Set.of(), null, null);

        assertThat(names(page(approvedInTranPhu, null, 10))).containsExactly("Cầu A");
        assertThat(names(page(urban, null, 10))).containsExactly("Khánh thành Nhà văn hóa tổ dân phố 5");
        assertThat(registrations.count(otherCampaign, ALL)).isZero();
    }

    @Test
    void readsTheWorksOfSeveralUnitsInOneListInOrder() {
        registrations.insert(Fixtures.inaugurationIn("18073", "B"));
        registrations.insert(Fixtures.inaugurationIn("18070", "Z"));
        registrations.insert(Fixtures.inaugurationIn("18070", "A"));
        registrations.insert(Fixtures.inaugurationIn("18076", "C"));
        Event festival = Fixtures.festivalIn("18070", "Lễ hội");
        registrations.insert(festival);

        List<Registration> found = registrations.findByUnits(RegistrationType.WORK,
                List.of(new UnitCode("18070"), new UnitCode("18073")), "CT32-2022", ALL);

        assertThat(found).extracting(r -> r.unit().value() + ":" + r.name())
                .containsExactly("18070:A", "18070:Z", "18073:B");
        assertThat(registrations.findByUnits(RegistrationType.EVENT, List.of(new UnitCode("18070")), null, ALL))
                .containsExactly(festival);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(registrations.findById(RegistrationId.random())).isEmpty();
    }

    private Page<Registration> page(RegistrationCriteria criteria, @Nullable RegistrationPosition after, int size) {
        return registrations.page(criteria, ALL, after, size);
    }

    private Page<Registration> search(String text) {
        return page(new RegistrationCriteria(RegistrationType.WORK, null, null, Set.of(), Set.of(), null,
                text), null, 10);
    }

    private static List<String> names(Page<Registration> page) {
        return page.items().stream().map(Registration::name).toList();
    }
}
