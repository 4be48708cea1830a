/**
 * Statistics for a campaign's dashboard: works and events counted by status, unit, task area and week,
 * investment by funding source, plaques. Computed from the campaign, its units and one read of its
 * registrations, over what the caller may see.
 *
 * @since 0.2.0
 */
@NullMarked
package vn.campaign.core.statistics;

import org.jspecify.annotations.NullMarked;
