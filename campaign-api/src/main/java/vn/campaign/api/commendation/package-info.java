/**
 * Commendation: the core's {@link vn.campaign.core.commendation.CommendationService} built over the platform's
 * stores and the commendation store ({@link vn.campaign.api.commendation.mongo}).
 */
@NullMarked
package vn.campaign.api.commendation;

import org.jspecify.annotations.NullMarked;
