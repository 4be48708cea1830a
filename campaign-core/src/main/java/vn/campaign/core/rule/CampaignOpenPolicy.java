package vn.campaign.core.rule;

import java.util.List;
import vn.campaign.core.campaign.CampaignStatus;

/**
 * Only an {@link CampaignStatus#OPEN} campaign takes registrations and edits: a draft is still being
 * prepared, a closed one is over ({@link RuleCode#CAMPAIGN_NOT_OPEN}).
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
        return status == CampaignStatus.OPEN ? List.of()
                : List.of(Violation.on(RuleCode.CAMPAIGN_NOT_OPEN, "campaignCode", check.campaign().code(), status));
    }
}
