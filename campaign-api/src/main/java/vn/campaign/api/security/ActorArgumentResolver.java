package vn.campaign.api.security;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

import graphql.schema.DataFetchingEnvironment;
import vn.campaign.core.access.Actor;

/**
 * Lets a controller method declare a parameter of type {@link Actor} to receive the caller of the request,
 * read from the GraphQL context ({@link CurrentActor}).
 */
@Component
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    /** A resolver. */
    public ActorArgumentResolver() {
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
        return CurrentActor.of(environment);
    }
}
