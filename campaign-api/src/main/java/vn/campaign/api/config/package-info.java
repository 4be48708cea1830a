/**
 * HTTP-level configuration of the service: CORS for the GraphQL endpoint
 * ({@link vn.campaign.api.config.CorsProperties}) and the process information file that launchers and tests
 * read to find the chosen ports ({@link vn.campaign.api.config.ProcessInfoFileWriter}), the report of what the
 * start-up spent, on request ({@link vn.campaign.api.config.StartupReport}), and the background loading of the
 * classes a start needs ({@link vn.campaign.api.config.StartupClassPreloader}).
 */
@NullMarked
package vn.campaign.api.config;

import org.jspecify.annotations.NullMarked;
