/**
 * Progress that units report against a campaign's measurable targets, and its aggregation per target.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.progress;

import org.jspecify.annotations.NullMarked;
