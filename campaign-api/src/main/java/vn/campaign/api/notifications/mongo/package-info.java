/** The notifications' MongoDB store: one document per notification, its id the once-only key of a reminder. */
@NullMarked
package vn.campaign.api.notifications.mongo;

import org.jspecify.annotations.NullMarked;
