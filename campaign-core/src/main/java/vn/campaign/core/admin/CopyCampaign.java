package vn.campaign.core.admin;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Start a campaign as a copy of another, as a draft (see {@link vn.campaign.core.campaign.Campaign#copyAs}).
 *
 * @param fromCode the code of the campaign copied, as given
 * @param code     the new campaign's code, as given
 * @param name     its Vietnamese name
 * @param nameEn   its English name; the copied campaign's when {@code null}
 * @param startsOn its first day
 * @param endsOn   its last day
 * @since 0.3.0
 */
public record CopyCampaign(String fromCode, String code, String name, @Nullable String nameEn, LocalDate startsOn,
        LocalDate endsOn) {

    /**
     * Validates the command.
     *
     * @param fromCode the code of the campaign copied, as given
     * @param code the new campaign's code, as given
     * @param name its Vietnamese name
     * @param nameEn its English name; the copied campaign's when {@code null}
     * @param startsOn its first day
     * @param endsOn its last day
     */
    public CopyCampaign {
        Objects.requireNonNull(fromCode, "fromCode");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
    }
}
