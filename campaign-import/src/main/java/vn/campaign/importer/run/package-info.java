/**
 * The import runner: for each file, read it whole, map every data row, and only then write the rows
 * through the core's {@code RegistrationService.registerOrUpdateWork/Event}, so that a file that cannot
 * be read stores nothing and a re-imported file creates no duplicates.
 *
 * <p>{@link vn.campaign.importer.run.ImportRunner#writingTo} writes to a given
 * {@code CampaignPlatform} (the API passes its MongoDB-backed one);
 * {@link vn.campaign.importer.run.ImportRunner#dryRun} checks every row against the same rules over a
 * platform's campaigns, units and registrations but keeps its writes to itself.
 *
 * <p>A row of a file the platform exported carries its registration's system id and version: it is found
 * by that id (through the platform's registrations, or the dry run's overlay), its details merged with the
 * stored ones (a field the file does not carry keeps its value) and written through
 * {@code RegistrationService.updateIfChanged} with the file's version: UNCHANGED when equal, UPDATED with the
 * changed fields named, a CONFLICT (counted apart, nothing written) when the registration's version moved
 * since the export. A row without an id is registered or updated by its natural key, as any other row.
 */
@NullMarked
package vn.campaign.importer.run;

import org.jspecify.annotations.NullMarked;
