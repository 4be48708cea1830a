/**
 * Who calls the API, and what they may see and do.
 *
 * <p>Callers present a stateless bearer token: a JWT signed with HS256 by
 * {@code campaign.security.jwt.secret} in development, or checked against the RS256 public key at
 * {@code campaign.security.jwt.public-key} in production ({@link vn.campaign.api.security.SigningKey}). Its
 * claims {@code sub}, {@code role} and, for a unit officer, {@code unit} become the core's
 * {@link vn.campaign.core.access.Actor} ({@link vn.campaign.api.security.TokenClaims}); a request without a
 * token is {@code Actor.anonymous()}, a request with a bad token is refused with 401. The actor is put into
 * the GraphQL context once per request ({@link vn.campaign.api.security.ActorInterceptor}), from where
 * controllers take it as a method parameter ({@link vn.campaign.api.security.ActorArgumentResolver}) and
 * batch loaders read it ({@link vn.campaign.api.security.CurrentActor}).
 *
 * <p>Authorisation itself lives in the core's {@link vn.campaign.core.access.AccessPolicy} at the
 * application-service boundary; this package turns its {@code UNAUTHORIZED} and {@code FORBIDDEN} refusals
 * into GraphQL errors ({@link vn.campaign.api.security.AccessRefusedException}). The threat model and the
 * roles table are in {@code docs/security.md}.
 */
@NullMarked
package vn.campaign.api.security;

import org.jspecify.annotations.NullMarked;
