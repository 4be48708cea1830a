package vn.campaign.core.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignStatus;

/**
 * Only an {@link CampaignStatus#OPEN} campaign takes registrations and edits: a draft is still being
 * prepared ({@link RuleCode#CAMPAIGN_NOT_OPEN}), a closed one is over ({@link RuleCode#CAMPAIGN_CLOSED}).
 *
 * @since 0.3.0
 */
public final class CampaignOpenPolicy implements RegistrationPolicy {

    /** The policy. */
    public CampaignOpenPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        CampaignStatus status = check.campaign().status();
        if (status == CampaignStatus.CLOSED) {
            return List.of(closed(check.campaign(), FieldPath.of("campaignCode")));
        }
        return status == CampaignStatus.OPEN ? List.of()
                : List.of(Violation.on(RuleCode.CAMPAIGN_NOT_OPEN, "campaignCode", check.campaign().code(), status));
    }

    /**
     * The change a closed campaign refuses, unless it is evidence or a completion during the closing grace period
     * ({@link Campaign#acceptsCompletionOn}).
     *
     * @param campaign         the registration's campaign
     * @param day              today
     * @param evidenceOrCompletion whether the change attaches or removes evidence, or completes the registration
     * @return {@link RuleCode#CAMPAIGN_CLOSED}, or nothing when the change is allowed
     * @since 0.4.0
     */
    public static List<Violation> changeAfterClosing(Campaign campaign, LocalDate day, boolean evidenceOrCompletion) {
        if (campaign.status() != CampaignStatus.CLOSED
                || (evidenceOrCompletion && campaign.acceptsCompletionOn(day))) {
            return List.of();
        }
        return List.of(closed(campaign, FieldPath.ROOT));
    }

    private static Violation closed(Campaign campaign, FieldPath field) {
        return Violation.of(RuleCode.CAMPAIGN_CLOSED, field, campaign.code(),
                Objects.requireNonNullElse(campaign.closedOn(), campaign.period().endsOn()));
    }
}
