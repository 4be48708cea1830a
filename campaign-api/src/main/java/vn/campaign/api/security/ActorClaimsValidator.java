package vn.campaign.api.security;

import java.util.Objects;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.unit.Units;

/**
 * Refuses a token that stands for no one the platform knows: without an expiry, without a subject, with a
 * role that is not one of the core's, or of a unit officer whose {@code unit} claim names no stored unit.
 * A refused token is answered with 401 {@code invalid_token}, never treated as anonymous.
 */
public final class ActorClaimsValidator implements OAuth2TokenValidator<Jwt> {

    private final Units units;

    /**
     * A validator.
     *
     * @param units the units store, where a unit officer's unit must exist
     */
    public ActorClaimsValidator(Units units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (token.getExpiresAt() == null) {
            return invalid("the token has no exp claim; every token must expire");
        }
        TokenClaims.Reading reading = TokenClaims.read(token);
        if (reading instanceof TokenClaims.Invalid invalid) {
            return invalid(invalid.reason());
        }
        Actor.User user = ((TokenClaims.Valid) reading).user();
        return unitExists(user) ? OAuth2TokenValidatorResult.success()
                : invalid("the unit claim names no unit: " + Objects.requireNonNull(user.unit()).value());
    }

    private boolean unitExists(Actor.User user) {
        return user.role() != Role.UNIT_OFFICER || !units.findAllByCode(Objects.requireNonNull(user.unit())).isEmpty();
    }

    private static OAuth2TokenValidatorResult invalid(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null));
    }
}
