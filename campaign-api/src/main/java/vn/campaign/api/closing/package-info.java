/**
 * Closing campaigns: the core's {@link vn.campaign.core.closing.CampaignClosing} built over the platform's
 * stores and the final reports' store ({@link vn.campaign.api.closing.mongo}).
 */
@NullMarked
package vn.campaign.api.closing;

import org.jspecify.annotations.NullMarked;
