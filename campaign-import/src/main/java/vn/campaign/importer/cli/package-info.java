/**
 * The {@code campaign-import} command: imports spreadsheet files of works and events, either checking
 * them locally against the core's rules ({@code --dry-run}) or sending each to the running campaign-api
 * ({@code POST <server>/api/imports}), then prints the report as a table, saves it as JSON
 * ({@code --report}) and exits with 0 (every data row stored), 2 (some rows rejected) or 1 (a file could
 * not be imported at all).
 */
@NullMarked
package vn.campaign.importer.cli;

import org.jspecify.annotations.NullMarked;
