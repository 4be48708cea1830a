package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.MID_CAMPAIGN;
import static vn.campaign.core.fixture.Fixtures.platform;
import static vn.campaign.core.fixture.Fixtures.registered;
import static vn.campaign.core.fixture.Fixtures.succeeded;
import static vn.campaign.core.fixture.Fixtures.workFor;

import org.junit.jupiter.api.Test;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;

/**
 * Regression: a status change stored whatever reason and day its command carried, so a cancelled work
 * could show a day it "took place" and an approved one a reason.
 */
class StatusChangeKeepsOnlyItsOwnDataTest {

    private final CampaignPlatform platform = platform();

    @Test
    void approvalWithAReasonAndADayKeepsNeither() {
        Work work = registered(platform, workFor("18070"));

        Registration approved = succeeded(platform.registrationService().changeStatus(
                new ChangeStatus(work.id().value(), 0, RegistrationStatus.APPROVED, "vì đẹp", MID_CAMPAIGN)));

        assertThat(approved.statusReason()).isNull();
        assertThat(approved.actualOn()).isNull();
    }

    @Test
    void cancellationKeepsItsReasonButNoDayItTookPlace() {
        Work work = registered(platform, workFor("18070"));

        Registration cancelled = succeeded(platform.registrationService().changeStatus(
                new ChangeStatus(work.id().value(), 0, RegistrationStatus.CANCELLED, "Thiếu kinh phí", MID_CAMPAIGN)));

        assertThat(cancelled.statusReason()).isEqualTo("Thiếu kinh phí");
        assertThat(cancelled.actualOn()).isNull();
    }

    @Test
    void completionKeepsItsDayButNoReason() {
        Work work = registered(platform, workFor("18070"));
        succeeded(platform.registrationService().changeStatus(ChangeStatus.approve(work.id().value(), 0)));

        Registration completed = succeeded(platform.registrationService().changeStatus(
                new ChangeStatus(work.id().value(), 1, RegistrationStatus.COMPLETED, "xong", MID_CAMPAIGN)));

        assertThat(completed.actualOn()).isEqualTo(MID_CAMPAIGN);
        assertThat(completed.statusReason()).isNull();
    }
}
