/**
 * Tests of {@code GET /api/exports/works.xlsx} and {@code /events.xlsx}: the workbook cell by cell, the
 * filters, what each role sees, the 400 bodies and the file name through MockMvc on the embedded store
 * ({@link vn.campaign.api.exports.ExportEndpoint}, {@link vn.campaign.api.exports.ExportedSheet}); the importer
 * reading an export back; and the paged, merged reading and streaming writer over thousands of rows without
 * the store.
 */
@NullMarked
package vn.campaign.api.exports;

import org.jspecify.annotations.NullMarked;
