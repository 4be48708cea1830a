package vn.campaign.api.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The sign-in of GraphQL WebSocket connections, with the HTTP token decoder (only a servlet web application has
 * either).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSocketSecurityConfiguration {

    /** A configuration. */
    public WebSocketSecurityConfiguration() {
    }

    /**
     * Checks the token of {@code connection_init}.
     *
     * @param decoder the token decoder
     * @return the interceptor
     */
    @Bean
    WebSocketAuthentication webSocketAuthentication(JwtDecoder decoder) {
        return new WebSocketAuthentication(decoder);
    }
}
