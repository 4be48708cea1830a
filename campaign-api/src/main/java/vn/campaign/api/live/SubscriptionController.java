package vn.campaign.api.live;

import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import vn.campaign.api.graphql.InvalidRequestException;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.unit.UnitCode;

/**
 * The GraphQL subscriptions. Each subscriber's visibility is fixed when it subscribes, from its actor, by the
 * core's {@link AccessPolicy}: it is told only of registrations it may see, of those that come into its view
 * (as {@code CREATED}) and of those that leave it ({@code REMOVED_FROM_VIEW}, with the id only).
 */
@Controller
public class SubscriptionController {

    private final RegistrationFeed feed;
    private final CampaignPlatform platform;
    /** Per campaign, the report evaluated after the latest change: every subscriber of that change shares it. */
    private final Map<CampaignCode, Evaluated> latest = new ConcurrentHashMap<>();

    /**
     * A controller.
     *
     * @param feed     the stored changes
     * @param platform the core's services
     */
    public SubscriptionController(RegistrationFeed feed, CampaignPlatform platform) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * Changes to a campaign's registrations, optionally of some units only, as the caller may see them.
     *
     * @param campaignCode the campaign
     * @param unitCodes    the units whose registrations to follow; all when omitted
     * @param actor        the caller
     * @return the changes from now on
     */
    @SubscriptionMapping
    public Flux<RegistrationChange> registrationChanged(@Argument String campaignCode,
            @Argument @Nullable List<String> unitCodes, Actor actor) {
        CampaignCode campaign = knownCampaign(campaignCode, actor);
        Set<UnitCode> units = unitCodes == null ? Set.of() : unitCodes.stream().map(SubscriptionController::unit)
                .collect(Collectors.toUnmodifiableSet());
        Visibility visibility = AccessPolicy.visibility(actor);
        return feed.changes()
                .filter(change -> change.after().campaign().equals(campaign))
                .filter(change -> units.isEmpty() || units.contains(change.after().unit()))
                .flatMapIterable(change -> change.seenWith(visibility)
                        .map(kind -> List.of(RegistrationChange.of(kind, change))).orElse(List.of()));
    }

    /**
     * A campaign's compliance report, evaluated again after each registration change that alters it.
     *
     * @param campaignCode the campaign
     * @return the reports from now on
     */
    @SubscriptionMapping
    public Flux<ComplianceReport> complianceChanged(@Argument String campaignCode, Actor actor) {
        CampaignCode campaign = knownCampaign(campaignCode, actor);
        return feed.changes()
                .filter(change -> change.after().campaign().equals(campaign))
                .map(change -> reportAfter(campaign, change))
                .distinctUntilChanged();
    }

    /** The report after a change, evaluated once for all the campaign's subscribers rather than once each. */
    private ComplianceReport reportAfter(CampaignCode campaign, StoredChange change) {
        return latest.compute(campaign, (code, last) -> last != null && last.change() == change ? last
                : new Evaluated(change, platform.complianceService().evaluate(code.value()).value())).report();
    }

    /** A report and the change it was evaluated after. */
    private record Evaluated(StoredChange change, ComplianceReport report) {
    }

    /** The campaign with a code, if the caller may see it: a draft is unknown to all but the administrators. */
    private CampaignCode knownCampaign(String code, Actor actor) {
        if (!CampaignCode.isWellFormed(code) || platform.campaigns().findByCode(new CampaignCode(code))
                .filter(c -> AccessPolicy.canSee(actor, c)).isEmpty()) {
            throw new InvalidRequestException("No campaign has the code \"" + code + "\".",
                    "Không có đợt thi đua nào có mã \"" + code + "\".");
        }
        return new CampaignCode(code);
    }

    private static UnitCode unit(String code) {
        if (!UnitCode.isWellFormed(code)) {
            throw new InvalidRequestException("\"" + code + "\" is not a unit code.",
                    "\"" + code + "\" không phải là mã đơn vị.");
        }
        return new UnitCode(code);
    }
}
