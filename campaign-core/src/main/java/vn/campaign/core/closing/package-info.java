/**
 * The end of a campaign: closing it after its last day, reopening it with a reason, and the immutable final
 * report — compliance, statistics and progress as they stood at closing — kept once per closing.
 *
 * @since 0.4.0
 */
@NullMarked
package vn.campaign.core.closing;

import org.jspecify.annotations.NullMarked;
