/**
 * The city's summary report (báo cáo tổng hợp) as a value: the heading block, the tables of celebratory works
 * and events grouped by unit kind with their subtotals and totals, the compliance table, the plaque works and
 * the signature block. Every text about the campaign comes from its definition and the units' data; the
 * renderers (spreadsheet, word processor) only lay the value out.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.report;

import org.jspecify.annotations.NullMarked;
