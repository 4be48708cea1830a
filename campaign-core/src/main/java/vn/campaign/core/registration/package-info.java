/**
 * Registrations of celebratory works and events, their lifecycle, and the port that stores them.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.registration;

import org.jspecify.annotations.NullMarked;
