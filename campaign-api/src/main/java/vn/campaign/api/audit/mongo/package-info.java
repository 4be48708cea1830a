/**
 * The store adapter of the audit trail: {@link vn.campaign.api.audit.mongo.MongoAuditLog} implements the
 * core's {@link vn.campaign.core.audit.AuditLog} and the API's {@link vn.campaign.api.audit.AuditTrail} over
 * the {@code audit} collection ({@link vn.campaign.api.audit.mongo.AuditEntryDocument});
 * {@link vn.campaign.api.audit.mongo.AuditOutbox} keeps the entry of a change inside the changed document, in
 * the same write, and moves it to that collection. The only package of the audit that uses MongoDB.
 */
@NullMarked
package vn.campaign.api.audit.mongo;

import org.jspecify.annotations.NullMarked;
