/**
 * Administration of the platform by the city: campaigns defined from a document, opened and copied; units
 * and organisations defined, renamed and merged, with their lineage. Every change is checked against the
 * access policy, refused with violations rather than exceptions, and written to the audit trail.
 *
 * @since 0.3.0
 */
@NullMarked
package vn.campaign.core.admin;

import org.jspecify.annotations.NullMarked;
