/**
 * Evidence (minh chứng) attached to works and events: {@code POST /api/registrations/{id}/evidence} uploads
 * photos, PDFs and Word documents ({@link vn.campaign.api.evidence.EvidenceController}), whose type is decided
 * from their bytes against an allow-list ({@link vn.campaign.api.evidence.FileInspector}) before anything is
 * stored; {@code GET} and {@code DELETE /api/evidence/{id}} read and remove a piece; {@code Work.evidence} and
 * {@code Event.evidence} list them in GraphQL ({@link vn.campaign.api.evidence.EvidenceGraphQlController}).
 * The files are kept behind the {@link vn.campaign.api.evidence.EvidenceStore} port (GridFS, in
 * {@code vn.campaign.api.evidence.mongo}); who may do what is the core's
 * {@link vn.campaign.core.evidence.EvidencePolicy}.
 */
@NullMarked
package vn.campaign.api.evidence;

import org.jspecify.annotations.NullMarked;
