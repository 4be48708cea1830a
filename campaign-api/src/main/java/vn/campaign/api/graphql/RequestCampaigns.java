package vn.campaign.api.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;

import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;

/**
 * The campaigns one request has read, kept in its GraphQL context: the campaign, unit and task area of a
 * page of works all need the works' campaigns, which are read once for the request instead of once per
 * field. Campaigns are few and change only by redeployment, so a request never sees a stale one.
 */
final class RequestCampaigns {

    private static final String KEY = RequestCampaigns.class.getName();

    private final CampaignQueries campaigns;
    private final Map<CampaignCode, Optional<Campaign>> read = new ConcurrentHashMap<>();

    private RequestCampaigns(CampaignQueries campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * The request's campaigns.
     *
     * @param context   the request's GraphQL context
     * @param campaigns the campaign reads
     * @return the campaigns read so far in the request
     */
    static RequestCampaigns of(GraphQLContext context, CampaignQueries campaigns) {
        return context.computeIfAbsent(KEY, k -> new RequestCampaigns(Objects.requireNonNull(campaigns, "campaigns")));
    }

    /**
     * The campaigns with some codes, reading in one round trip those the request has not read yet.
     *
     * @param codes campaign codes
     * @return the campaigns that exist, by code
     */
    synchronized Map<CampaignCode, Campaign> byCode(Collection<CampaignCode> codes) {
        List<CampaignCode> missing = codes.stream().filter(c -> !read.containsKey(c)).distinct().toList();
        if (!missing.isEmpty()) {
            missing.forEach(c -> read.put(c, Optional.empty()));
            campaigns.findByCodes(missing).forEach(c -> read.put(c.code(), Optional.of(c)));
        }
        Map<CampaignCode, Campaign> found = new LinkedHashMap<>();
        codes.forEach(c -> read.getOrDefault(c, Optional.empty()).ifPresent(campaign -> found.put(c, campaign)));
        return found;
    }
}
