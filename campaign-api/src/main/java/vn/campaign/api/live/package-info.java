/**
 * Live GraphQL subscriptions ({@code registrationChanged}, {@code complianceChanged}) over WebSocket
 * ({@code graphql-transport-ws}) and Server-Sent Events, fed in-process by the core's one write path through
 * {@link vn.campaign.core.application.RegistrationEvents}. Each subscriber has a bounded buffer and is dropped
 * when it overflows, so no subscriber slows a writer. On a MongoDB replica set or sharded cluster,
 * {@code vn.campaign.api.live.mongo} also feeds it the writes of the other API instances, read from the store's
 * change streams.
 */
@NullMarked
package vn.campaign.api.live;

import org.jspecify.annotations.NullMarked;
