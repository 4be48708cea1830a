package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitCode;

class RegistrationValuesTest {

    private final UnitCode tranPhu = new UnitCode(Fixtures.TRAN_PHU);

    @Test
    void aNewWorkIsRegisteredAtVersionZeroWithoutPlaque() {
        Work work = Work.register(Directive32.CODE, tranPhu, Fixtures.work(Fixtures.HALL_OF_TDP_5));

        assertThat(work.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(work.version()).isZero();
        assertThat(work.plaqueAwarded()).isFalse();
        assertThat(work.statusReason()).isNull();
        assertThat(work.actualOn()).isNull();
        assertThat(RegistrationId.isWellFormed(work.id().value())).isTrue();
        assertThat(work.day()).isEqualTo(Fixtures.MID_CAMPAIGN);
    }

    @Test
    void everyChangeMakesANewValueWithTheNextVersion() {
        Work work = Work.register(Directive32.CODE, tranPhu, Fixtures.work(Fixtures.HALL_OF_TDP_5));

        Work approved = work.withStatus(RegistrationStatus.APPROVED, null, null);
        Work edited = approved.withDetails(Fixtures.work("Khởi công Trường mầm non Trần Phú"));
        Work plaque = edited.withPlaqueAwarded();

        assertThat(work.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(approved.version()).isEqualTo(1);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(plaque.version()).isEqualTo(3);
        assertThat(plaque.plaqueAwarded()).isTrue();
        assertThat(plaque.id()).isEqualTo(work.id());
    }

    @Test
    void theNaturalKeyIsTheFoldedName() {
        Work work = Work.register(Directive32.CODE, tranPhu, Fixtures.work("Nhà văn hóa TDP 5"));

        assertThat(work.foldedName()).isEqualTo("nha van hoa tdp 5");
    }

    @Test
    void detailsAreStoredInComposedFormWithBlankOptionalTextsDropped() {
        String decomposed = Normalizer.normalize("Khánh thành  Nhà văn hóa", Normalizer.Form.NFD);

        WorkDetails details = Fixtures.aWork().named(decomposed).location("  ").investor(" UBND  phường ").build();

        assertThat(details.name()).isEqualTo("Khánh thành Nhà văn hóa");
        assertThat(Normalizer.isNormalized(details.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(details.location()).isNull();
        assertThat(details.investor()).isEqualTo("UBND phường");
    }

    @Test
    void aOneDayEventLastsUntilItsFirstDay() {
        EventDetails oneDay = EventDetails.of("Giải chạy Hà Tĩnh", EventKind.SPORTS, LocalDate.of(2022, 5, 28), null);

        assertThat(oneDay.lastDay()).isEqualTo(LocalDate.of(2022, 5, 28));
        assertThat(Event.register(Directive32.CODE, tranPhu, oneDay).day()).isEqualTo(LocalDate.of(2022, 5, 28));
    }

    @Test
    void anEventKeepsItsReasonAndDayThroughItsLifecycle() {
        Event event = Event.register(Directive32.CODE, tranPhu, Fixtures.event(Fixtures.LOTUS_FESTIVAL));

        Event cancelled = event.withStatus(RegistrationStatus.CANCELLED, "  Mưa  bão ", null);

        assertThat(cancelled.statusReason()).isEqualTo("Mưa bão");
        assertThat(cancelled.version()).isEqualTo(1);
        assertThat(cancelled.kind()).isEqualTo(EventKind.TRADITIONAL_FESTIVAL);
    }

    @Test
    void amountsInMillionsOfDongBecomeDong() {
        assertThat(Vnd.ofMillions(new BigDecimal("2500"))).isEqualTo(new Vnd(2_500_000_000L));
        assertThat(Vnd.ofMillions(new BigDecimal("0.5"))).isEqualTo(new Vnd(500_000L));
        assertThat(new Vnd(-1).isNegative()).isTrue();
        assertThat(new Vnd(2_500_000_000L)).hasToString("2500000000 VND");
    }

    @Test
    void refusesMillionsThatAreNotAWholeNumberOfDong() {
        assertThatThrownBy(() -> Vnd.ofMillions(new BigDecimal("0.0000005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void anIdIsALowerCaseUuid() {
        assertThat(RegistrationId.isWellFormed("3f2b8c4e-1d2a-4b7c-9e8f-0a1b2c3d4e5f")).isTrue();
        assertThat(RegistrationId.isWellFormed("3F2B8C4E-1D2A-4B7C-9E8F-0A1B2C3D4E5F")).isFalse();
        assertThatThrownBy(() -> new RegistrationId("18070-1"))
                .hasMessage("registration id must be a lower-case UUID, got '18070-1'");
    }

    @Test
    void refusesANegativeVersion() {
        assertThatThrownBy(() -> new Work(RegistrationId.random(), Directive32.CODE, tranPhu,
                Fixtures.work(Fixtures.HALL_OF_TDP_5), RegistrationStatus.REGISTERED, null, null, false, -1))
                .hasMessage("version must not be negative, got -1");
    }
}
