/**
 * Live GraphQL subscriptions ({@code registrationChanged}, {@code complianceChanged}) over WebSocket
 * ({@code graphql-transport-ws}) and Server-Sent Events, fed in-process by the core's one write path through
 * {@link vn.campaign.core.application.RegistrationEvents}. Each subscriber has a bounded buffer and is dropped
 * when it overflows, so no subscriber slows a writer.
 */
@NullMarked
package vn.campaign.api.live;

import org.jspecify.annotations.NullMarked;
