/**
 * The audit trail: an append-only record of every change — who, when, which object, and its values
 * before and after — written by the application services after each successful write.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.audit;

import org.jspecify.annotations.NullMarked;
