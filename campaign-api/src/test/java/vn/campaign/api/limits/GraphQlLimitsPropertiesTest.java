package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The validation of the limit properties, whose messages name the property at fault. */
class GraphQlLimitsPropertiesTest {

    @Test
    void namesEachLimitByItsProperty() {
        assertThat(Limit.MAX_DEPTH.property()).isEqualTo("campaign.graphql.limits.max-depth");
        assertThat(Limit.REQUEST_TIMEOUT.property()).isEqualTo("campaign.graphql.limits.request-timeout");
        assertThat(Limit.MAX_DOCUMENT_TOKENS.property()).isEqualTo("campaign.graphql.limits.max-document-tokens");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GraphQlLimits(0, 5000, 20, 10, 20, 20, 20_000, 5000, Duration.ofSeconds(10),
                        DataSize.ofMegabytes(1)))
                .withMessage("campaign.graphql.limits.max-depth must be at least 1, was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GraphQlLimits(15, 5000, 20, 10, 20, 20, 20_000, -1, Duration.ofSeconds(10),
                        DataSize.ofMegabytes(1)))
                .withMessage("campaign.graphql.limits.max-document-tokens must be at least 1, was -1");
    }

    @Test
    void refusesAComplexityLimitWhoseSumsCouldOverflow() {
        new GraphQlLimits(15, 46_340, 20, 10, 20, 20, 20_000, 5000, Duration.ofSeconds(10), DataSize.ofMegabytes(1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GraphQlLimits(15, 46_341, 20, 10, 20, 20, 20_000, 5000, Duration.ofSeconds(10),
                        DataSize.ofMegabytes(1)))
                .withMessage("campaign.graphql.limits.max-complexity must be at most 46340, was 46341");
    }

    @Test
    void needsRoomForOneErrorAndTheNoteOfThoseLeftOut() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GraphQlLimits(15, 5000, 20, 10, 20, 1, 20_000, 5000, Duration.ofSeconds(10),
                        DataSize.ofMegabytes(1)))
                .withMessage("campaign.graphql.limits.max-errors must be at least 2, was 1");
    }

    @Test
    void refusesATimeoutOrARequestSizeThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GraphQlLimits(15, 5000, 20, 10, 20, 20, 20_000, 5000, Duration.ZERO,
                        DataSize.ofMegabytes(1)))
                .withMessage("campaign.graphql.limits.request-timeout must be positive, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GraphQlLimits(15, 5000, 20, 10, 20, 20, 20_000, 5000, Duration.ofSeconds(1),
                        DataSize.ofBytes(0)))
                .withMessage("campaign.graphql.limits.max-request-size must be positive, was 0B");
    }
}
