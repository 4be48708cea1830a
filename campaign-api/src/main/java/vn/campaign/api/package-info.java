/**
 * The GraphQL service on MongoDB, built on the campaign core.
 *
 * <p>{@link vn.campaign.api.CampaignApiApplication} starts it; {@link vn.campaign.api.store} chooses and runs
 * the document store; {@link vn.campaign.api.config} holds the HTTP-level configuration (CORS, the process
 * information file used by launchers and tests).
 */
@NullMarked
package vn.campaign.api;

import org.jspecify.annotations.NullMarked;
