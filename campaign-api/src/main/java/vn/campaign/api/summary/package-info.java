/**
 * The city's summary report as files: {@code GET /api/exports/summary.xlsx} and {@code GET /api/exports/summary.docx}
 * lay out the core's {@link vn.campaign.core.report.SummaryReport} in the Vietnamese administrative layout, for the
 * city's administrators only.
 */
@NullMarked
package vn.campaign.api.summary;

import org.jspecify.annotations.NullMarked;
