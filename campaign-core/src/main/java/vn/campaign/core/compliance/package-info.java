/**
 * Compliance: for every unit an obligation applies to, whether each obligation is satisfied, pending or missing.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.compliance;

import org.jspecify.annotations.NullMarked;
