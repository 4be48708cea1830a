/**
 * Tests of the audit trail: the MongoDB adapter (round trip, insert-only, newest-first pages across equal
 * times, indexes) and the {@code auditTrail} query (who, when, which object, values before and after, pages,
 * and who may read it).
 */
@NullMarked
package vn.campaign.api.audit;

import org.jspecify.annotations.NullMarked;
