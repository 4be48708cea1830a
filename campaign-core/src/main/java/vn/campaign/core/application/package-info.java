/**
 * Application services: the one write path of the platform. The API and the importer call these to register works and events, change their status, award plaques, record progress and evaluate compliance.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.application;

import org.jspecify.annotations.NullMarked;
