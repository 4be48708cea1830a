/**
 * Calendar values shared by the domain: inclusive date periods.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.time;

import org.jspecify.annotations.NullMarked;
