package vn.campaign.api.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;

/**
 * {@code node(id:)}: any campaign, unit, work or event by its global id, and the objects of other modules (an
 * import) through their {@link NodeResolver}s. A work or event the caller may not
 * see ({@link AccessPolicy#visibility}) is {@code null}, exactly as if it did not exist.
 */
@Controller
public class NodeController {

    private final CampaignPlatform platform;
    private final Map<String, NodeResolver> resolvers;

    /**
     * A controller over the platform and the resolvers of other modules' types.
     *
     * @param platform  the platform
     * @param resolvers the resolvers of the types the platform does not hold, one per type
     * @throws IllegalStateException when two resolvers answer for the same type
     */
    public NodeController(CampaignPlatform platform, List<NodeResolver> resolvers) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.resolvers = resolvers.stream().collect(Collectors.toUnmodifiableMap(NodeResolver::type,
                Function.identity()));
    }

    /**
     * The object with a global id.
     *
     * @param id    the global id
     * @param actor the caller
     * @return a {@code Campaign}, {@code Unit}, {@code Work}, {@code Event} or {@code Import}, or {@code null}
     */
    @QueryMapping
    public @Nullable Object node(@Argument String id, Actor actor) {
        Optional<GlobalId> decoded = GlobalId.decode(id);
        if (decoded.isEmpty()) {
            return null;
        }
        GlobalId global = decoded.get();
        Visibility visibility = AccessPolicy.visibility(actor);
        Optional<?> found = switch (global.type()) {
            case "Campaign" -> global.campaignCode().flatMap(platform.campaigns()::findByCode)
                    .filter(c -> AccessPolicy.canSee(actor, c));
            case "Unit" -> global.unitKey().flatMap(key -> platform.units().findAllByCode(key.code()).stream()
                    .filter(u -> Objects.equals(u.validFrom(), key.validFrom())).findFirst());
            case "Work" -> GlobalId.registration(id, "Work").flatMap(platform.registrations()::findById)
                    .filter(Work.class::isInstance).filter(visibility::canSee);
            case "Event" -> GlobalId.registration(id, "Event").flatMap(platform.registrations()::findById)
                    .filter(Event.class::isInstance).filter(visibility::canSee);
            default -> {
                NodeResolver resolver = resolvers.get(global.type());
                yield resolver == null ? Optional.empty() : resolver.resolve(global.key(), actor);
            }
        };
        return found.orElse(null);
    }
}
