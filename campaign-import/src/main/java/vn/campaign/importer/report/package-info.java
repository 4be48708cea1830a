/**
 * The import report: what was read from each file, what became of every row, and every issue found.
 *
 * <p>{@link vn.campaign.importer.report.ImportReport} holds one
 * {@link vn.campaign.importer.report.FileReport} per file: its format, its sheets (header rows, the
 * column chosen for each field, the encoding decisions with their evidence), the counts (rows read,
 * imported, updated, unchanged, rejected, skipped with their reasons), the works and events stored,
 * and the {@link vn.campaign.importer.issue.Issue}s, each located by sheet, row and column.
 * {@link vn.campaign.importer.report.ReportJson} writes and reads it as JSON (the same document the
 * API answers to an upload; {@link vn.campaign.importer.report.IssueCodes} gives a code read back its type);
 * {@link vn.campaign.importer.report.ReportTable} prints it for people. The report prints each issue's
 * code and message as the stage that found it wrote them.
 */
@NullMarked
package vn.campaign.importer.report;

import org.jspecify.annotations.NullMarked;
