/**
 * The audit trail in MongoDB and through GraphQL.
 *
 * <p>The core's services append an entry after each successful write — who, when, which object, its values
 * before and after — to the {@link vn.campaign.core.audit.AuditLog} port; {@link
 * vn.campaign.api.audit.mongo.MongoAuditLog} keeps them in the {@code audit} collection, where they are only ever
 * inserted. {@link vn.campaign.api.audit.AuditController} serves {@code auditTrail}, newest first, to
 * {@code CITY_ADMIN} only.
 */
@NullMarked
package vn.campaign.api.audit;

import org.jspecify.annotations.NullMarked;
