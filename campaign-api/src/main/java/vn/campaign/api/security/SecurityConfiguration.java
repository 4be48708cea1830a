package vn.campaign.api.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.OAuth2ProtectedResourceMetadata;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.campaign.core.unit.Units;

/**
 * The HTTP security of the service: stateless bearer-token authentication (OAuth2 resource server with
 * JWTs), no sessions, no cookies, no CSRF tokens, CORS from {@code campaign.cors.*}.
 *
 * <ul>
 *   <li>{@code /graphql} and GraphiQL are open to everyone: a request without a token runs as
 *       {@code Actor.anonymous()}, and authorisation happens where the core's services and read ports are
 *       called. A request with a token that does not check out, or with an {@code Authorization} header of
 *       another scheme than Bearer, is answered 401, never run as anonymous.</li>
 *   <li>{@code /api/imports} needs a {@code CITY_ADMIN} token (401 without a valid token, 403 with
 *       another role).</li>
 *   <li>{@code /api/exports/summary.xlsx} and {@code .docx}, the city's summary report, for city administrators only (matched before the rule below).</li>
 *   <li>{@code /api/exports/commendations.xlsx}, {@code .docx} and {@code /api/exports/commendation-proposal.docx}
 *       fall under the rule below: a decision's annex is public, a unit's tờ trình is refused by its controller
 *       (401, 403) to anyone but the unit's officers and the city's administrators.</li>
 *   <li>{@code /api/exports/**} is open like {@code /graphql}: the export holds what the caller's token (or its
 *       absence) lets them see in GraphQL.</li>
 *   <li>The evidence endpoints ({@code /api/registrations/{id}/evidence}, {@code /api/evidence/{id}}) are open
 *       like {@code /graphql}: the evidence service applies the core's evidence policy to the caller.</li>
 *   <li>The public site, read with GET and no sign-in: the page at {@code /}, a work's page at
 *       {@code /works/{id}}, their assets under {@code /site/}, the WebJars GraphiQL loads, and the QR codes of
 *       awarded plaques at {@code /api/plaques/{workId}/qr.png} and {@code .svg}.</li>
 *   <li>The health and info endpoints and the resource metadata ({@code /.well-known/oauth-protected-resource},
 *       RFC 9728) are open; other actuator paths need a valid token. Every other path serves nothing and is
 *       answered 404, also to anonymous callers; a new endpoint gets its own rule above.</li>
 * </ul>
 *
 * <p>CSRF protection is off on purpose: no request is ever authenticated by something a browser adds on its
 * own (a cookie, HTTP basic credentials, a client certificate) — only by an {@code Authorization} header
 * that the calling script must set — and GraphQL requests are JSON POSTs, which no cross-site form can send.
 * See {@code docs/security.md}.
 *
 * <p>Only a servlet web application has this chain; a context started without a web server (a tool, a
 * test of the stores) has no HTTP entry point to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /** The {@code prod} profile, in which the development secret is refused. */
    public static final String PRODUCTION_PROFILE = "prod";

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** A configuration. */
    public SecurityConfiguration() {
    }

    /**
     * The key tokens are checked with; refuses to start without a usable one, and in the {@code prod}
     * profile with the development secret.
     *
     * @param properties  the settings
     * @param environment the environment, for the active profiles
     * @return the key
     */
    @Bean
    SigningKey jwtSigningKey(JwtProperties properties, Environment environment) {
        SigningKey key = SigningKey.choose(properties, environment.matchesProfiles(PRODUCTION_PROFILE));
        if (key instanceof SigningKey.HmacSecret hmac && hmac.development()) {
            LOG.warn("Bearer tokens: {}", key.describe());
        } else {
            LOG.info("Bearer tokens: {}", key.describe());
        }
        return key;
    }

    /**
     * The token decoder: the signature with the one algorithm of the key, the times ({@code exp}, {@code nbf},
     * 60 s of clock skew), the issuer when one is configured, and the claims that name the caller.
     *
     * @param key        the key
     * @param properties the settings
     * @param units      the units store, where a unit officer's unit must exist
     * @return the decoder
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKey key, JwtProperties properties, Units units) {
        NimbusJwtDecoder decoder = key.decoder();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(properties.issuer() == null ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(properties.issuer()));
        validators.add(new ActorClaimsValidator(units));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /**
     * The filter chain.
     *
     * @param http        the builder
     * @param decoder     the token decoder
     * @param properties  the token settings, for the issuer the resource metadata names
     * @param graphQlPath the GraphQL endpoint's path
     * @param graphiQlPath the GraphiQL page's path
     * @return the chain
     * @throws Exception when the builder fails
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JwtDecoder decoder, JwtProperties properties,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
            @Value("${spring.graphql.graphiql.path:/graphiql}") String graphiQlPath) throws Exception {
        AuthenticationEntryPoint unauthorized = JsonSecurityErrors.unauthorized();
        AccessDeniedHandler forbidden = JsonSecurityErrors.forbidden();
        http
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/imports", "/api/imports/**").hasRole("CITY_ADMIN")
                        .requestMatchers("/api/admin/**").hasRole("CITY_ADMIN")
                        .requestMatchers("/api/exports/summary.xlsx", "/api/exports/summary.docx").hasRole("CITY_ADMIN")
                        .requestMatchers(graphQlPath, graphiQlPath, graphiQlPath + "/**").permitAll()
                        .requestMatchers("/api/exports/**").permitAll()
                        .requestMatchers("/api/registrations/*/evidence", "/api/evidence/*").permitAll()
                        // The public site (vn.campaign.api.site): its pages, their assets and GraphiQL's (the WebJars),
                        // and the QR codes of awarded plaques, to be read without signing in.
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/works/*", "/site/**", "/webjars/**",
                                "/api/plaques/*/qr.png", "/api/plaques/*/qr.svg").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").authenticated()
                        // Every other path serves nothing: let it reach the dispatcher, which answers 404, rather
                        // than telling an anonymous caller to sign in for a page that does not exist.
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerOnlyTokenResolver())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new ActorAuthenticationConverter()))
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                                resource -> describe(resource, properties)))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /**
     * What {@code /.well-known/oauth-protected-resource} (RFC 9728) says about the service: bearer tokens in
     * the header, not bound to client certificates, issued by the configured issuer when there is one.
     */
    private static void describe(OAuth2ProtectedResourceMetadata.Builder resource, JwtProperties properties) {
        resource.resourceName("Hà Tĩnh City campaign platform API").tlsClientCertificateBoundAccessTokens(false);
        if (properties.issuer() != null) {
            resource.authorizationServer(properties.issuer());
        }
    }
}
