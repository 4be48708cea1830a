package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationDetails;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;

class DuplicatePolicyTest {

    private final DuplicatePolicy policy = new DuplicatePolicy();
    private final Work hall = Work.register(Directive32.CODE, new UnitCode(Fixtures.TRAN_PHU),
            aWork().named("Nhà văn hóa TDP 5").build());

    @Test
    void refusesANameThatIsTheSameOnceFolded() {
        Violation v = assertOnly(policy.check(checkBesides(hall, aWork().named("NHA VAN HOA TDP  5").build())),
                RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name");
        assertThat(v.message().vi()).isEqualTo("Đơn vị 18070 đã đăng ký “Nhà văn hóa TDP 5”.");
        assertThat(v.message().en()).isEqualTo("Unit 18070 has already registered \"Nhà văn hóa TDP 5\".");
    }

    @Test
    void refusesAnEventNamedLikeAWorkOfTheSameUnit() {
        assertOnly(policy.check(checkBesides(hall, anEvent().named("Nhà văn hoá TDP 5").build())),
                RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name");
    }

    @Test
    void passesADifferentName() {
        assertThat(policy.check(checkBesides(hall, aWork().named("Nhà văn hóa TDP 6").build()))).isEmpty();
    }

    @Test
    void passesTheRegistrationBeingEditedUnderItsOwnName() {
        RegistrationCheck edit = new RegistrationCheck(Directive32.campaign(), Fixtures.TRAN_PHU,
                Fixtures.haTinhUnitsWithCode(Fixtures.TRAN_PHU), aWork().named("NHÀ VĂN HÓA TDP 5").build(), hall.id(),
                hall);

        assertThat(policy.check(edit)).isEmpty();
    }

    @Test
    void refusesAnEditThatTakesTheNameOfAnotherRegistration() {
        Event festival = Event.register(Directive32.CODE, new UnitCode(Fixtures.TRAN_PHU), anEvent().build());
        RegistrationCheck edit = new RegistrationCheck(Directive32.campaign(), Fixtures.TRAN_PHU,
                Fixtures.haTinhUnitsWithCode(Fixtures.TRAN_PHU), aWork().named(festival.name()).build(), hall.id(),
                festival);

        assertOnly(policy.check(edit), RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name");
    }

    @Test
    void leavesABlankNameToTheRequiredFieldsRule() {
        assertThat(policy.check(checkBesides(hall, aWork().named("").build()))).isEmpty();
    }

    private static RegistrationCheck checkBesides(Registration existing, RegistrationDetails details) {
        return new RegistrationCheck(Directive32.campaign(), Fixtures.TRAN_PHU,
                Fixtures.haTinhUnitsWithCode(Fixtures.TRAN_PHU), details, null, existing);
    }
}
