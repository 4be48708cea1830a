package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.api.platform.UnitPosition;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/** Global ids and cursors are opaque, read back to what they were made from, and refuse anything else. */
class GlobalIdAndCursorsTest {

    @Test
    void givesEachVersionOfAReusedUnitCodeItsOwnId() {
        Unit thachMon = HaTinhCity.units().stream().filter(u -> u.name().equals("Xã Thạch Môn")).findFirst()
                .orElseThrow();
        Unit dongMon = HaTinhCity.units().stream().filter(u -> u.name().equals("Xã Đồng Môn")).findFirst()
                .orElseThrow();

        assertThat(GlobalId.of(thachMon)).isNotEqualTo(GlobalId.of(dongMon));
        assertThat(GlobalId.decode(GlobalId.of(dongMon)).flatMap(GlobalId::unitKey))
                .contains(new GlobalId.UnitKey(new UnitCode("18103"), LocalDate.of(2020, 1, 1)));
        assertThat(GlobalId.decode(GlobalId.of(thachMon)).flatMap(GlobalId::unitKey))
                .contains(new GlobalId.UnitKey(new UnitCode("18103"), null));
    }

    @Test
    void encodesTypeAndKeyOpaquelyAndDecodesThemBack() {
        String id = GlobalId.of(Directive32.campaign());

        assertThat(id).doesNotContain("Campaign").doesNotContain("=");
        assertThat(GlobalId.decode(id)).contains(new GlobalId("Campaign", "CT32-2022"));
        assertThat(GlobalId.decode(id).flatMap(GlobalId::campaignCode)).contains(Directive32.CODE);
    }

    @Test
    void readsARegistrationIdOnlyFromAnIdOfTheTypeAsked() {
        RegistrationId uuid = RegistrationId.random();
        String work = new GlobalId("Work", uuid.value()).encode();

        assertThat(GlobalId.registration(work, "Work")).contains(uuid);
        assertThat(GlobalId.registration(work, "Event")).isEmpty();
        assertThat(GlobalId.registration(new GlobalId("Work", "not-a-uuid").encode(), "Work")).isEmpty();
        assertThat(GlobalId.decode("***")).isEmpty();
        assertThat(GlobalId.decode(new GlobalId("", "x").encode())).isEmpty();
    }

    @Test
    void readsBackTheUnitAndRegistrationPositionsACursorWasMadeFrom() {
        UnitPosition unit = new UnitPosition(new UnitCode("18103"), LocalDate.of(2020, 1, 1));
        UnitPosition open = new UnitPosition(new UnitCode("436"), null);
        RegistrationPosition registration = new RegistrationPosition(new UnitCode("18070"),
                "khanh thanh cau ho do", RegistrationId.random());

        assertThat(Cursors.unitPosition(Cursors.of(unit))).isEqualTo(unit);
        assertThat(Cursors.unitPosition(Cursors.of(open))).isEqualTo(open);
        assertThat(Cursors.registrationPosition(Cursors.of(registration))).isEqualTo(registration);
        assertThat(Cursors.unitPosition(null)).isNull();
    }

    @Test
    void refusesACursorOfAnotherListOrOfNoListAsAnInvalidRequest() {
        String unitCursor = Cursors.of(new UnitPosition(new UnitCode("436"), null));

        assertThatThrownBy(() -> Cursors.registrationPosition(unitCursor)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("is not a cursor of a list of works or events");
        assertThatThrownBy(() -> Cursors.unitPosition("%%%")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Cursors.unitPosition(Cursors.of(new RegistrationPosition(new UnitCode("1"), "a",
                RegistrationId.random())))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void boundsThePageSizeBetweenOneAndAHundred() {
        assertThat(new PageRequest(1).first()).isEqualTo(1);
        assertThat(new PageRequest(100).first()).isEqualTo(100);
        assertThatThrownBy(() -> new PageRequest(101)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("first must be between 1 and 100, got 101");
    }
}
