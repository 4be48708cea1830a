package vn.campaign.api.security;

import java.util.Objects;

import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import vn.campaign.core.access.Actor;

/**
 * Where the actor of a GraphQL request is kept: in its {@link GraphQLContext} under {@link #CONTEXT_KEY},
 * put there once per request by the {@link ActorInterceptor}. Anything that runs for the request — a
 * controller method, a batch loader — reads it from there. When nothing put it there (a request that did not
 * come through the HTTP endpoint), the caller is anonymous: the lookup fails closed.
 */
public final class CurrentActor {

    /** The GraphQL context key of the actor. */
    public static final String CONTEXT_KEY = CurrentActor.class.getName();

    private CurrentActor() {
    }

    /**
     * The actor of a request's context.
     *
     * @param context the request's GraphQL context
     * @return the actor, anonymous when none was set
     */
    public static Actor of(GraphQLContext context) {
        Object actor = Objects.requireNonNull(context, "context").get(CONTEXT_KEY);
        return actor instanceof Actor a ? a : Actor.anonymous();
    }

    /**
     * The actor of the request a data fetcher runs for.
     *
     * @param environment the data fetcher's environment
     * @return the actor, anonymous when none was set
     */
    public static Actor of(DataFetchingEnvironment environment) {
        return of(environment.getGraphQlContext());
    }

    /**
     * The actor of the request a batch loader runs for: Spring for GraphQL gives each request's DataLoaders
     * the request's GraphQL context.
     *
     * @param environment the batch loader's environment
     * @return the actor, anonymous when the context holds none
     */
    public static Actor of(BatchLoaderEnvironment environment) {
        Object context = environment.getContext();
        return context instanceof GraphQLContext graphQlContext ? of(graphQlContext) : Actor.anonymous();
    }

    /**
     * The actor an authentication stands for.
     *
     * @param authentication what Spring Security established for the request, or {@code null}
     * @return the token's user, or anonymous for anything else (no token)
     */
    public static Actor of(@Nullable Authentication authentication) {
        return authentication instanceof ActorAuthentication a && a.isAuthenticated() ? a.actor() : Actor.anonymous();
    }
}
