package vn.campaign.api.graphql;

import java.util.Optional;

import vn.campaign.core.access.Actor;

/**
 * Finds the objects of one GraphQL type by their global ids, for {@code node(id:)}: the way a module that
 * serves a type of its own (the import history) lets {@link NodeController} answer for it without the
 * GraphQL package depending on that module.
 */
public interface NodeResolver {

    /**
     * The GraphQL type whose ids this resolves.
     *
     * @return the type's name, as in {@link GlobalId#type()}
     */
    String type();

    /**
     * The object with an id, as the caller may see it.
     *
     * @param key   the key of the global id, as a client may have sent it
     * @param actor the caller
     * @return the object; empty when there is none or the caller may not see it
     */
    Optional<?> resolve(String key, Actor actor);
}
