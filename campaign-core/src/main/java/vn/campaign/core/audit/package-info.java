/**
 * The audit trail: an append-only record of every change — who, when, which object, and its values
 * before and after — written by the application services with each successful write. A store that can keep a
 * change and its entry in one write implements {@link vn.campaign.core.audit.AuditedRegistrations} or
 * {@link vn.campaign.core.audit.AuditedProgressReports}; any other store gets the change, then the entry.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.audit;

import org.jspecify.annotations.NullMarked;
