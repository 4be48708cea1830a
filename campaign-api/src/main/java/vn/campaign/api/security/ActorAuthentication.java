package vn.campaign.api.security;

import java.util.List;
import java.util.Objects;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import vn.campaign.core.access.Actor;

/**
 * A caller authenticated by a bearer token: the token, and the core's {@link Actor.User} it stands for. Its
 * one authority is {@code ROLE_<role>}, which the HTTP rules ({@code /api/imports}) check; everything else
 * is decided by the core's access policy from the actor.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Jwt token;
    private final Actor.User actor;

    /**
     * An authenticated caller.
     *
     * @param token the checked token
     * @param actor the user it stands for
     */
    public ActorAuthentication(Jwt token, Actor.User actor) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.token = Objects.requireNonNull(token, "token");
        this.actor = actor;
        setAuthenticated(true);
    }

    /**
     * The user the token stands for.
     *
     * @return the actor
     */
    public Actor.User actor() {
        return actor;
    }

    /**
     * The checked token.
     *
     * @return the token
     */
    public Jwt token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.subject();
    }
}
