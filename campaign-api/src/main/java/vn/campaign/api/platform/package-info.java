/**
 * The campaign platform assembled for the service: {@link vn.campaign.api.platform.PlatformConfiguration}
 * builds the core's {@link vn.campaign.core.application.CampaignPlatform} with {@code new} over the store
 * adapters and a {@link java.time.Clock}, and {@link vn.campaign.api.platform.PlatformSeeder} stores the
 * Directive 32 campaign and the units of Hà Tĩnh City on first start.
 *
 * <p>It also declares the read side the API needs beyond the core's ports — pages of units and
 * registrations in a stable order, counts, and batch look-ups by many codes at once
 * ({@link vn.campaign.api.platform.UnitQueries}, {@link vn.campaign.api.platform.RegistrationQueries},
 * {@link vn.campaign.api.platform.CampaignQueries}). The store adapter implements them; the GraphQL adapter
 * uses them, so neither adapter depends on the other.
 */
@NullMarked
package vn.campaign.api.platform;

import org.jspecify.annotations.NullMarked;
