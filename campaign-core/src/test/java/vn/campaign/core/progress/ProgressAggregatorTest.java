package vn.campaign.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitCode;

class ProgressAggregatorTest {

    private static final Instant RECORDED = Fixtures.CLOCK.instant();

    @Test
    void ignoresReportsOfAnotherCampaign() {
        ProgressReport elsewhere = new ProgressReport(new CampaignCode("CT-2023"), "URBAN_TREES",
                new UnitCode(Fixtures.TRAN_PHU), LocalDate.of(2022, 5, 1), new BigDecimal("100000"), null, RECORDED);

        List<TargetProgress> progress = ProgressAggregator.aggregate(Directive32.campaign(), List.of(elsewhere));

        assertThat(progress).filteredOn(p -> p.target().code().equals("URBAN_TREES")).singleElement()
                .satisfies(p -> {
                    assertThat(p.figure()).isEqualByComparingTo("0");
                    assertThat(p.reached()).isFalse();
                });
    }

    @Test
    void givesOneEntryPerTargetInTheCampaignsOrder() {
        assertThat(ProgressAggregator.aggregate(Directive32.campaign(), List.of()))
                .extracting(p -> p.target().code())
                .containsExactly("VACCINATION_COVERAGE", "URBAN_TREES", "MODEL_NEW_RURAL_CRITERIA",
                        "ADVANCED_NEW_RURAL_GROUNDWORK");
    }

    @Test
    void aReportRefusesANegativeFigure() {
        assertThatThrownBy(() -> new ProgressReport(Directive32.CODE, "URBAN_TREES",
                new UnitCode(Fixtures.TRAN_PHU), LocalDate.of(2022, 5, 1), new BigDecimal("-1"), null, RECORDED))
                .hasMessage("progress value must not be negative, got -1");
    }
}
