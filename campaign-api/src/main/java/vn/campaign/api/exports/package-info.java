/**
 * Registrations out as spreadsheets: {@code GET /api/exports/works.xlsx} and {@code GET /api/exports/events.xlsx}.
 *
 * <p>Takes a campaign and optional units, statuses and task areas from the query string, and the caller from
 * the bearer token; gives an .xlsx workbook streamed with POI's SXSSF, read from the store page by page in the
 * order of the registration lists, holding exactly what the caller may see in GraphQL
 * ({@link vn.campaign.core.access.AccessPolicy#visibility}, applied by the store's query). The layout is one
 * the importer reads back: title rows, one header row in the importer's vocabulary, one row per registration,
 * and hidden columns with each registration's global id and version for a later round trip.
 */
@NullMarked
package vn.campaign.api.exports;

import org.jspecify.annotations.NullMarked;
