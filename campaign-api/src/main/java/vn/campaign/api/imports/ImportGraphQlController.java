package vn.campaign.api.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.Connection;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.graphql.PageRequest;
import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.api.platform.Page;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;

/**
 * The import history in GraphQL: {@code imports(first:, after:)}, newest first, with the same page bounds
 * and connection shape as the other lists, and the fields of {@code Import} that are not plain properties.
 * The history is for those who may import files (the core's {@link AccessPolicy#importFiles}: the city);
 * anyone else gets a top-level {@code FORBIDDEN} error, a caller without a token {@code UNAUTHORIZED}.
 */
@Controller
public class ImportGraphQlController {

    /** The GraphQL type name of a run, and the type of its global ids. */
    public static final String TYPE = "Import";

    private final ImportRuns history;
    private final CampaignQueries campaigns;

    /**
     * A controller over the history.
     *
     * @param history   the history
     * @param campaigns the campaign reads
     */
    public ImportGraphQlController(ImportRuns history, CampaignQueries campaigns) {
        this.history = Objects.requireNonNull(history, "history");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    }

    /**
     * A page of the history, newest first.
     *
     * @param first how many runs, 1 to 100
     * @param after the cursor of the run the page starts after
     * @param actor the caller
     * @return the page
     */
    @QueryMapping
    public Connection<Import> imports(@Argument int first, @Argument @Nullable String after, Actor actor) {
        AccessRefusedException.throwIfRefused(AccessPolicy.importFiles(actor));
        PageRequest size = new PageRequest(first);
        ImportPosition position = ImportPosition.fromCursor(after);
        Page<Import> page = history.page(position, size.first());
        return Connection.of(page, run -> ImportPosition.of(run).cursor(), position != null, history.count());
    }

    /**
     * The global id of a run.
     *
     * @param run the run
     * @return its id
     */
    @SchemaMapping(typeName = TYPE, field = "id")
    public String id(Import run) {
        return globalId(run);
    }

    /**
     * The campaigns of a batch of runs, in one round trip.
     *
     * @param runs the runs
     * @return each run's campaign
     */
    @BatchMapping(typeName = TYPE, field = "campaign")
    public Map<Import, Campaign> campaign(List<Import> runs) {
        Map<CampaignCode, Campaign> byCode = campaigns.findByCodes(
                runs.stream().map(Import::campaign).distinct().toList()).stream()
                .collect(Collectors.toMap(Campaign::code, Function.identity()));
        Map<Import, Campaign> found = new LinkedHashMap<>();
        for (Import run : runs) {
            Campaign campaign = byCode.get(run.campaign());
            if (campaign != null) {
                found.put(run, campaign);
            }
        }
        return found;
    }

    /**
     * The global id of a run.
     *
     * @param run the run
     * @return {@code Import:<uuid>}, opaque
     */
    public static String globalId(Import run) {
        return new GlobalId(TYPE, run.id()).encode();
    }
}
