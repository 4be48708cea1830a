package vn.campaign.api.mongo;

import java.time.LocalDate;

import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;

/** Works and events of the Directive 32 campaign, built with intention-revealing names. */
final class Fixtures {

    private Fixtures() {
    }

    static Work inaugurationIn(String unitCode, String name) {
        return Work.register(Directive32.CODE, new UnitCode(unitCode),
                WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19)));
    }

    static Work workWithEveryDetail() {
        WorkDetails details = new WorkDetails("Khánh thành Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, 19), new TaskAreaCode("URBAN"), "Tổ dân phố 5, phường Trần Phú", "2 tầng, 300 m²",
                new Vnd(4_500_000_000L), "Ngân sách thành phố", "UBND phường Trần Phú", true, "Quyết định số 12/QĐ-UBND");
        return new Work(Work.register(Directive32.CODE, new UnitCode("18070"), details).id(), Directive32.CODE,
                new UnitCode("18070"), details, vn.campaign.core.registration.RegistrationStatus.COMPLETED,
                null, LocalDate.of(2022, 5, 20), true, 4);
    }

    static Event festivalIn(String unitCode, String name) {
        return Event.register(Directive32.CODE, new UnitCode(unitCode),
                EventDetails.of(name, EventKind.TRADITIONAL_FESTIVAL, LocalDate.of(2022, 6, 1), null));
    }

    static Event eventWithEveryDetail() {
        EventDetails details = new EventDetails("Lễ hội Văn Miếu Hà Tĩnh", EventKind.TRADITIONAL_FESTIVAL,
                LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 3), new TaskAreaCode("CULTURE"), "Văn Miếu Hà Tĩnh",
                "UBND xã Thạch Hạ", 5000, "Kế hoạch 45/KH-UBND");
        Event registered = Event.register(Directive32.CODE, new UnitCode("18100"), details);
        return new Event(registered.id(), Directive32.CODE, new UnitCode("18100"), details,
                vn.campaign.core.registration.RegistrationStatus.CANCELLED, "Mưa bão", null, 2);
    }
}
