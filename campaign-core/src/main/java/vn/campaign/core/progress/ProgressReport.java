package vn.campaign.core.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * A figure a unit reports against a target: trees planted since the last report, or the current
 * vaccination coverage, depending on the target's aggregation.
 *
 * @param campaign   the campaign
 * @param target     the target's code
 * @param unit       the reporting unit
 * @param reportedOn the day the figure stands for
 * @param value      the figure, not negative
 * @param note       an optional note
 * @param recordedAt when it was recorded
 * @since 0.1.0
 */
public record ProgressReport(CampaignCode campaign, String target, UnitCode unit, LocalDate reportedOn,
        BigDecimal value, @Nullable String note, Instant recordedAt) {

    /**
     * Validates the report.
     *
     * @param campaign the campaign
     * @param target the target's code
     * @param unit the reporting unit
     * @param reportedOn the day the figure stands for
     * @param value the figure, not negative
     * @param note an optional note
     * @param recordedAt when it was recorded
     */
    public ProgressReport {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("progress value must not be negative, got " + value);
        }
        note = VietnameseText.normalizeOptional(note);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
