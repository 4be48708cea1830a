package vn.campaign.api.exports;

import java.time.LocalDate;
import java.util.UUID;

import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.campaign.WorkKind;

/**
 * Registrations of one test class in the Directive 32 campaign, stored through the core's service as the
 * trusted program. Names carry a token of their own, so that a test finds its rows among those of other tests
 * sharing the store.
 *
 * <ul>
 *   <li>{@link #hall}: Phường Nam Hà (18073), inauguration, every detail stated, task area URBAN, approved
 *       (public);</li>
 *   <li>{@link #road}: Phường Trần Phú (18070), groundbreaking, task area CULTURE, registered (not public);</li>
 *   <li>{@link #park}: Phường Nam Hà (18073), inauguration, task area EDUCATION, rejected (not public);</li>
 *   <li>{@link #festival}: Phường Nam Hà (18073), a three-day festival, approved; {@link #race}: Phường Trần Phú,
 *       a sports event, registered.</li>
 * </ul>
 */
final class ExportFixtures {

    static final String CT32 = "CT32-2022";
    static final String NAM_HA = "18073";
    static final String TRAN_PHU = "18070";

    final String token = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final Work hall;
    final Work road;
    final Work park;
    final Event festival;
    final Event race;

    private final CampaignPlatform platform;

    ExportFixtures(CampaignPlatform platform) {
        this.platform = platform;
        Work registeredHall = work(NAM_HA, new WorkDetails("Khánh thành Nhà văn hóa tổ dân phố 5 " + token,
                WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19), new TaskAreaCode("URBAN"), "Tổ dân phố 5", "2 tầng, 300 m²",
                new Vnd(1_250_000_000L), "Ngân sách phường", "UBND phường Nam Hà", true, "Hồ sơ đủ"));
        hall = (Work) change(ChangeStatus.approve(registeredHall.id().value(), 0));
        road = work(TRAN_PHU, WorkDetails.of("Đường Hà Huy Tập nối dài " + token, WorkKind.GROUNDBREAKING,
                LocalDate.of(2022, 6, 1)).withTaskArea(new TaskAreaCode("CULTURE")).withInvestment(new Vnd(4_000_000_000L)));
        Work registeredPark = work(NAM_HA, WorkDetails.of("Công viên bờ hồ " + token, WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, 25)).withTaskArea(new TaskAreaCode("EDUCATION")));
        park = (Work) change(ChangeStatus.reject(registeredPark.id().value(), 0, "Thiếu hồ sơ"));
        Event registeredFestival = event(NAM_HA, new EventDetails("Lễ hội đền Huyện " + token,
                EventKind.TRADITIONAL_FESTIVAL, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 3), new TaskAreaCode("CULTURE"),
                "Đền Huyện", "UBND phường Nam Hà", 500, null));
        festival = (Event) change(ChangeStatus.approve(registeredFestival.id().value(), 0));
        race = event(TRAN_PHU, EventDetails.of("Giải việt dã " + token, EventKind.SPORTS, LocalDate.of(2022, 5, 15),
                null));
    }

    private Work work(String unit, WorkDetails details) {
        return platform.registrationService().registerWork(new RegisterWork(CT32, unit, details)).value();
    }

    private Event event(String unit, EventDetails details) {
        return platform.registrationService().registerEvent(new RegisterEvent(CT32, unit, details)).value();
    }

    private Registration change(ChangeStatus command) {
        return platform.registrationService().changeStatus(command).value();
    }
}
