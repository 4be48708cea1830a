package vn.campaign.api.graphql;

import graphql.GraphQLContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.plaque.LinkPlaqueWork;
import vn.campaign.core.plaque.PlaqueLink;
import vn.campaign.core.plaque.PlaqueRegister;
import vn.campaign.core.plaque.PlaqueWorkLink;
import vn.campaign.core.plaque.UnlinkPlaqueWork;
import vn.campaign.core.registration.Work;

/**
 * The plaque register in GraphQL ({@code plaque.graphqls}): {@code Campaign.plaqueWorks} with each plaque work's
 * key, version and linked work, {@code Work.plaqueWork} and {@code Work.plaqueText}, and the mutations
 * {@code linkPlaqueWork} and {@code unlinkPlaqueWork}. Each mutation maps its input to a core command acting for
 * the caller; an access refusal is a top-level error, every other broken rule a user error.
 */
@Controller
public class PlaqueController {

    private final PlaqueRegister register;
    private final CampaignQueries campaigns;

    /**
     * A controller over the plaque register.
     *
     * @param register  the plaque register
     * @param campaigns the campaign reads, for the plaques' text
     */
    public PlaqueController(PlaqueRegister register, CampaignQueries campaigns) {
        this.register = Objects.requireNonNull(register, "register");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    }

    /**
     * The plaque works of a batch of campaigns, each with its link, in their lists' order: one read of the links.
     *
     * @param list the campaigns
     * @return each campaign's plaque works
     */
    @BatchMapping(typeName = "Campaign", field = "plaqueWorks")
    public Map<Campaign, List<PlaqueWorkLink>> plaqueWorks(List<Campaign> list) {
        return register.registers(list);
    }

    /**
     * A plaque work's name in Vietnamese.
     *
     * @param line the plaque work with its link
     * @return the name
     */
    @SchemaMapping(typeName = "PlaqueWork", field = "name")
    public String name(PlaqueWorkLink line) {
        return line.work().name();
    }

    /**
     * A plaque work's name in English.
     *
     * @param line the plaque work with its link
     * @return the name
     */
    @SchemaMapping(typeName = "PlaqueWork", field = "nameEn")
    public String nameEn(PlaqueWorkLink line) {
        return line.work().nameEn();
    }

    /**
     * A plaque work's key.
     *
     * @param line the plaque work with its link
     * @return the key
     */
    @SchemaMapping(typeName = "PlaqueWork", field = "key")
    public String key(PlaqueWorkLink line) {
        return line.key().value();
    }

    /**
     * The works a batch of plaque works stand for, in one read, as far as the caller may see them.
     *
     * @param lines   the plaque works
     * @param context the request's context, where its caller is
     * @return the visible linked work of each
     */
    @BatchMapping(typeName = "PlaqueWork", field = "work")
    public Map<PlaqueWorkLink, Work> work(List<PlaqueWorkLink> lines, GraphQLContext context) {
        Map<PlaqueLink, Work> works = register.as(CurrentActor.of(context))
                .linkedWorks(lines.stream().map(PlaqueWorkLink::link).toList());
        Map<PlaqueWorkLink, Work> found = new LinkedHashMap<>();
        lines.forEach(l -> Optional.ofNullable(works.get(l.link())).ifPresent(w -> found.put(l, w)));
        return found;
    }

    /**
     * The plaque works a batch of works stand for, in one read.
     *
     * @param works the works
     * @return the plaque work of each work linked to one
     */
    @BatchMapping(typeName = "Work", field = "plaqueWork")
    public Map<Work, PlaqueWorkLink> plaqueWork(List<Work> works) {
        return register.plaqueWorksOf(works);
    }

    /**
     * The text of the plaques a batch of works carry, from their campaigns read once for the request.
     *
     * @param works   the works
     * @param context the request's context, where its campaigns are kept
     * @return the text of each work that carries a plaque
     */
    @BatchMapping(typeName = "Work", field = "plaqueText")
    public Map<Work, String> plaqueText(List<Work> works, GraphQLContext context) {
        Map<CampaignCode, Campaign> byCode = RequestCampaigns.of(context, campaigns)
                .byCode(works.stream().filter(Work::plaqueAwarded).map(Work::campaign).collect(Collectors.toSet()));
        Map<Work, String> texts = new LinkedHashMap<>();
        for (Work work : works) {
            Campaign campaign = byCode.get(work.campaign());
            if (work.plaqueAwarded() && campaign != null) {
                texts.put(work, campaign.plaqueText());
            }
        }
        return texts;
    }

    /**
     * Links a plaque work to a registered work.
     *
     * @param input the campaign, the plaque work, the work and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public PlaqueWorkPayload linkPlaqueWork(@Argument LinkPlaqueWorkInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        String workId = GlobalId.registration(input.workId(), "Work").map(id -> id.value()).orElse(input.workId());
        return PlaqueWorkPayload.of(allowed(register.as(actor).link(new LinkPlaqueWork(input.campaignCode(),
                input.plaqueWork(), workId, input.expectedVersion()))));
    }

    /**
     * Unlinks a plaque work from the registered work it stands for.
     *
     * @param input the campaign, the plaque work and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public PlaqueWorkPayload unlinkPlaqueWork(@Argument UnlinkPlaqueWorkInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return PlaqueWorkPayload.of(allowed(register.as(actor).unlink(new UnlinkPlaqueWork(input.campaignCode(),
                input.plaqueWork(), input.expectedVersion()))));
    }

    private static <T> Outcome<T> allowed(Outcome<T> outcome) {
        AccessRefusedException.throwIfRefused(outcome.violations());
        return outcome;
    }

    /**
     * {@code LinkPlaqueWorkInput}.
     *
     * @param campaignCode    the campaign's code
     * @param plaqueWork      the plaque work's key
     * @param workId          the work's global id
     * @param expectedVersion the plaque work's version read
     */
    public record LinkPlaqueWorkInput(String campaignCode, String plaqueWork, String workId, long expectedVersion) {
    }

    /**
     * {@code UnlinkPlaqueWorkInput}.
     *
     * @param campaignCode    the campaign's code
     * @param plaqueWork      the plaque work's key
     * @param expectedVersion the plaque work's version read
     */
    public record UnlinkPlaqueWorkInput(String campaignCode, String plaqueWork, long expectedVersion) {
    }

    /**
     * {@code PlaqueWorkPayload}.
     *
     * @param plaqueWork the plaque work with its new link; {@code null} when refused
     * @param userErrors the broken rules
     */
    public record PlaqueWorkPayload(@Nullable PlaqueWorkLink plaqueWork, List<UserError> userErrors) {

        static PlaqueWorkPayload of(Outcome<PlaqueWorkLink> outcome) {
            return outcome instanceof Outcome.Success<PlaqueWorkLink> s ? new PlaqueWorkPayload(s.value(), List.of())
                    : new PlaqueWorkPayload(null, UserError.errors(outcome.violations()));
        }
    }
}
