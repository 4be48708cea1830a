package vn.campaign.core.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Command: a unit reports progress on a target.
 *
 * @param campaignCode the campaign's code, as given
 * @param targetCode   the target's code, as given
 * @param unitCode     the reporting unit's code, as given
 * @param reportedOn   the day the figure stands for
 * @param value        the figure
 * @param note         an optional note
 * @since 0.1.0
 */
public record ReportProgress(String campaignCode, String targetCode, String unitCode, LocalDate reportedOn,
        BigDecimal value, @Nullable String note) {

    /**
     * Validates the command.
     *
     * @param campaignCode the campaign's code, as given
     * @param targetCode the target's code, as given
     * @param unitCode the reporting unit's code, as given
     * @param reportedOn the day the figure stands for
     * @param value the figure
     * @param note an optional note
     */
    public ReportProgress {
        Objects.requireNonNull(campaignCode, "campaignCode");
        Objects.requireNonNull(targetCode, "targetCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(value, "value");
    }
}
