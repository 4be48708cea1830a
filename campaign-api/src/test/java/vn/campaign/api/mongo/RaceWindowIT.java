package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.UpdateRegistration;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.api.support.StoreCleanup;

/**
 * Two requests that register the same name at the same moment both pass the rules' duplicate check, which
 * reads before either writes. Here the check is blinded to recreate that window deterministically: the
 * unique index over the natural key must still refuse the second write, and the core must report it as the
 * user error DUPLICATE_REGISTRATION — never as a server fault.
 */
class RaceWindowIT {

    private static MongoFixture fixture;
    private CampaignPlatform platform;

    @BeforeAll
    static void openStore() {
        fixture = MongoFixture.open();
    }

    @AfterAll
    static void closeStore() {
        fixture.close();
    }

    @BeforeEach
    void platformWhoseRuleCheckCannotSeeOtherRegistrations() {
        StoreCleanup.removeAllRegistrations(fixture.template());
        MongoCampaigns campaigns = new MongoCampaigns(fixture.template());
        MongoUnits units = new MongoUnits(fixture.template());
        campaigns.save(Directive32.campaign());
        units.saveAll(HaTinhCity.units());
        platform = new CampaignPlatform(campaigns, units, new BlindRegistrations(new MongoRegistrations(fixture.template())),
                new InMemoryProgressReports(), Clock.systemUTC());
    }

    @Test
    void refusesTheSecondOfTwoRacingRegistrationsAsADuplicate() {
        Outcome<Work> first = platform.registrationService().registerWork(work("Khánh thành cầu Hộ Độ"));
        Outcome<Work> second = platform.registrationService().registerWork(work("KHÁNH THÀNH CẦU HỘ ĐỘ"));

        assertThat(first.isSuccess()).isTrue();
        assertThat(second.violations()).extracting(Violation::code, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCode.DUPLICATE_REGISTRATION, FieldPath.of("name")));
        assertThat(fixture.template().count(new Query(), RegistrationDocument.COLLECTION)).isEqualTo(1);
    }

    @Test
    void refusesARacingRenameOntoAnotherRegistrationsNameAsADuplicate() {
        platform.registrationService().registerWork(work("Khánh thành cầu Hộ Độ"));
        Work school = platform.registrationService().registerWork(work("Khởi công trường THCS")).value();

        Outcome<Registration> renamed = platform.registrationService().update(new UpdateRegistration(
                school.id().value(), 0, WorkDetails.of("Khánh thành Cầu Hộ Độ", WorkKind.INAUGURATION,
                        LocalDate.of(2022, 5, 19))));

        assertThat(renamed.violations()).extracting(Violation::code).containsExactly(RuleCode.DUPLICATE_REGISTRATION);
        assertThat(platform.registrations().findById(school.id())).map(Registration::name)
                .contains("Khởi công trường THCS");
    }

    private static RegisterWork work(String name) {
        return new RegisterWork("CT32-2022", "18070",
                WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19)).withTaskArea(new TaskAreaCode("URBAN")));
    }

    /** Registrations whose reads for the rules' duplicate check see nothing, as during a race. */
    private record BlindRegistrations(Registrations delegate) implements Registrations {

        @Override
        public Optional<Registration> findById(RegistrationId id) {
            return delegate.findById(id);
        }

        @Override
        public List<Registration> findByCampaign(CampaignCode campaign) {
            return delegate.findByCampaign(campaign);
        }

        @Override
        public List<Registration> findByCampaignAndUnit(CampaignCode campaign, UnitCode unit) {
            return List.of();
        }

        @Override
        public Optional<Registration> findByNaturalKey(NaturalKey key) {
            return Optional.empty();
        }

        @Override
        public WriteResult insert(Registration registration) {
            return delegate.insert(registration);
        }

        @Override
        public WriteResult update(Registration registration, long expectedVersion) {
            return delegate.update(registration, expectedVersion);
        }
    }
}
