package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitCode;

class NaturalKeyTest {

    private final UnitCode tranPhu = new UnitCode(Fixtures.TRAN_PHU);

    @Test
    void namesThatDifferOnlyInCaseToneMarksAndSpacingHaveTheSameKey() {
        assertThat(NaturalKey.of(Directive32.CODE, tranPhu, "Nhà  văn hóa TDP 5"))
                .isEqualTo(NaturalKey.of(Directive32.CODE, tranPhu, "nha van hoa tdp 5"))
                .isEqualTo(new NaturalKey(Directive32.CODE, tranPhu, "nha van hoa tdp 5"));
    }

    @Test
    void aRegistrationNamesItsOwnKey() {
        Work work = Work.register(Directive32.CODE, tranPhu, Fixtures.work("Nhà văn hóa TDP 5"));

        assertThat(work.naturalKey()).isEqualTo(new NaturalKey(Directive32.CODE, tranPhu, work.foldedName()));
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> NaturalKey.of(Directive32.CODE, tranPhu, "   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the folded name of a natural key must not be blank");
    }
}
