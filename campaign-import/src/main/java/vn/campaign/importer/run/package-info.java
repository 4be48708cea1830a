/**
 * The import runner: for each file, read it whole, map every data row, and only then write the rows
 * through the core's {@code RegistrationService.registerOrUpdateWork/Event}, so that a file that cannot
 * be read stores nothing and a re-imported file creates no duplicates.
 *
 * <p>{@link vn.campaign.importer.run.ImportRunner#writingTo} writes to a given
 * {@code CampaignPlatform} (the API passes its MongoDB-backed one);
 * {@link vn.campaign.importer.run.ImportRunner#dryRun} checks every row against the same rules over a
 * platform's campaigns, units and registrations but keeps its writes to itself.
 */
@NullMarked
package vn.campaign.importer.run;

import org.jspecify.annotations.NullMarked;
