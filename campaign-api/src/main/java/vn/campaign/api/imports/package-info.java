/**
 * Imports of legacy spreadsheets over HTTP, and their history.
 *
 * <p>{@link vn.campaign.api.imports.ImportController} answers {@code POST /api/imports}
 * ({@code multipart/form-data}: {@code file}, {@code campaign}, {@code dryRun}) — the endpoint the
 * {@code campaign-import --server URL} command posts to. {@link vn.campaign.api.imports.ImportService} reads
 * the upload with the importer library ({@code vn.campaign.importer.run.ImportRunner}: type by magic bytes,
 * legacy encodings, row mapping) and stores its valid rows through the core's registration service of the
 * API's {@link vn.campaign.core.application.CampaignPlatform}; the answer is the importer's report JSON,
 * the document the command saves.
 *
 * <p>Every run is recorded in the {@code imports} collection ({@link vn.campaign.api.imports.ImportRuns}, kept by
 * {@link vn.campaign.api.imports.mongo.ImportHistory},
 * documents separate from the {@link vn.campaign.api.imports.Import} values, with a mapper): written
 * {@code RUNNING} before the first row is stored and {@code COMPLETED} or {@code FAILED} at the end, each a
 * single-document write since the store has no transactions. A process that dies mid-run leaves a
 * {@code RUNNING} record carrying its instance id; the next process marks it {@code INTERRUPTED} at
 * start-up, and reads show any {@code RUNNING} record of another instance as {@code INTERRUPTED}. Running
 * the same file again completes such a run: rows already stored are counted unchanged, because the core
 * writes by natural key (campaign, unit, folded name).
 *
 * <p>{@link vn.campaign.api.imports.ImportGraphQlController} serves the history in GraphQL
 * ({@code imports(first:, after:)}, newest first, and {@code Import} through {@code node(id:)}).
 */
@NullMarked
package vn.campaign.api.imports;

import org.jspecify.annotations.NullMarked;
