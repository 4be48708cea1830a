/**
 * Notifications: an inbox per unit and one for the city's administrators. A registration's status change is
 * written to its unit's inbox (a completion to the city's too), and a unit still missing an obligation in the
 * days before a campaign's registration deadline gets a reminder, once per obligation and day. Read with the
 * GraphQL query {@code notifications}, followed live with {@code notificationAdded}, and optionally e-mailed to
 * the addresses configured per unit ({@code campaign.notifications.email.units.<code>}).
 */
@NullMarked
package vn.campaign.api.notifications;

import org.jspecify.annotations.NullMarked;
