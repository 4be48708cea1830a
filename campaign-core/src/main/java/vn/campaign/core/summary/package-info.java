/**
 * Unit summaries: what a campaign's overview needs of one unit's registrations — counts by type, kind, status,
 * task area and due day, investment sums by funding source, plaque counts and week counts — so that the
 * compliance report and the dashboard statistics are computed from one summary per unit instead of from every
 * registration. A summary is always recomputed whole from its unit's registrations ({@link
 * vn.campaign.core.summary.UnitSummary#of}), never adjusted by a difference, so a recomputation can be repeated
 * after a crash and always gives the same summary.
 *
 * @since 0.5.0
 */
@NullMarked
package vn.campaign.core.summary;

import org.jspecify.annotations.NullMarked;
