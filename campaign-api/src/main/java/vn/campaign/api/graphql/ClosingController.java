package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.campaign.api.graphql.AdministrationController.CampaignPayload;
import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.core.access.Actor;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.closing.CampaignClosing;
import vn.campaign.core.closing.CloseCampaign;
import vn.campaign.core.closing.FinalReport;
import vn.campaign.core.closing.ReopenCampaign;
import vn.campaign.core.registration.Vnd;

/**
 * {@code closeCampaign}, {@code reopenCampaign} and the fields they add to {@code Campaign}: the closing grace
 * days, the closing day and the final report. Each mutation maps its input to a core command acting for the
 * caller; an access refusal is a top-level error, every other broken rule a user error.
 */
@Controller
public class ClosingController {

    private final CampaignClosing closing;
    private final CampaignQueries campaignQueries;

    /**
     * A controller over the closing service and the campaigns' read port.
     *
     * @param closing         closing and reopening
     * @param campaignQueries the campaigns' read port (versions)
     */
    public ClosingController(CampaignClosing closing, CampaignQueries campaignQueries) {
        this.closing = Objects.requireNonNull(closing, "closing");
        this.campaignQueries = Objects.requireNonNull(campaignQueries, "campaignQueries");
    }

    /**
     * Closes a campaign whose last day has passed.
     *
     * @param input the campaign and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CampaignPayload closeCampaign(@Argument CloseCampaignInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        var outcome = closing.as(actor).close(new CloseCampaign(input.code(), input.expectedVersion()));
        AccessRefusedException.throwIfRefused(outcome.violations());
        return CampaignPayload.of(outcome);
    }

    /**
     * Reopens a closed campaign.
     *
     * @param input the campaign, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CampaignPayload reopenCampaign(@Argument ReopenCampaignInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        var outcome = closing.as(actor).reopen(new ReopenCampaign(input.code(), input.expectedVersion(),
                input.reason()));
        AccessRefusedException.throwIfRefused(outcome.violations());
        return CampaignPayload.of(outcome);
    }

    /**
     * {@code Campaign.closingGraceDays}.
     *
     * @param campaign the campaign
     * @return its grace days
     */
    @SchemaMapping(typeName = "Campaign")
    public int closingGraceDays(Campaign campaign) {
        return campaign.closingGraceDays();
    }

    /**
     * {@code Campaign.closedOn}.
     *
     * @param campaign the campaign
     * @return its closing day, if closed
     */
    @SchemaMapping(typeName = "Campaign")
    public @Nullable LocalDate closedOn(Campaign campaign) {
        return campaign.closedOn();
    }

    /**
     * {@code Campaign.finalReport}, for all the campaigns of a response: their versions in one round trip, then
     * the report of each closed one.
     *
     * @param list the campaigns
     * @return the final report of each closed campaign
     */
    @BatchMapping(typeName = "Campaign")
    public Map<Campaign, @Nullable FinalReport> finalReport(List<Campaign> list) {
        List<CampaignCode> closed = list.stream().filter(c -> c.status() == CampaignStatus.CLOSED)
                .map(Campaign::code).toList();
        Map<CampaignCode, Long> versions = closed.isEmpty() ? Map.of() : campaignQueries.versions(closed);
        Map<Campaign, @Nullable FinalReport> out = new LinkedHashMap<>();
        for (Campaign campaign : list) {
            Long version = versions.get(campaign.code());
            out.put(campaign, version == null ? null
                    : closing.finalReport(new StoredCampaign(campaign, version, null, null)).orElse(null));
        }
        return out;
    }

    /**
     * {@code FinalReport.investment}, as the Money scalar.
     *
     * @param report the report
     * @return the investment
     */
    @SchemaMapping(typeName = "FinalReport")
    public Vnd investment(FinalReport report) {
        return new Vnd(report.investment());
    }

    /**
     * {@code FinalReport.requiredUnits}.
     *
     * @param report the report
     * @return the number of bound units
     */
    @SchemaMapping(typeName = "FinalReport")
    public int requiredUnits(FinalReport report) {
        return report.requiredUnits();
    }

    /**
     * {@code FinalReport.compliantUnits}.
     *
     * @param report the report
     * @return the number of compliant units
     */
    @SchemaMapping(typeName = "FinalReport")
    public int compliantUnits(FinalReport report) {
        return report.compliantUnits();
    }

    /**
     * The input of {@code closeCampaign}.
     *
     * @param code            the campaign's code
     * @param expectedVersion the version read
     */
    public record CloseCampaignInput(String code, long expectedVersion) {
    }

    /**
     * The input of {@code reopenCampaign}.
     *
     * @param code            the campaign's code
     * @param expectedVersion the version read
     * @param reason          why it is reopened
     */
    public record ReopenCampaignInput(String code, long expectedVersion, String reason) {
    }
}
