package vn.campaign.api.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a checked token into an {@link ActorAuthentication}. The {@link ActorClaimsValidator} has already
 * refused tokens whose claims name no one; should one still arrive, it is refused here as an invalid token.
 */
public final class ActorAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** A converter. */
    public ActorAuthenticationConverter() {
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        TokenClaims.Reading reading = TokenClaims.read(jwt);
        if (reading instanceof TokenClaims.Valid valid) {
            return new ActorAuthentication(jwt, valid.user());
        }
        throw new InvalidBearerTokenException(((TokenClaims.Invalid) reading).reason());
    }
}
