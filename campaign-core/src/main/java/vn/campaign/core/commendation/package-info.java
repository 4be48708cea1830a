/**
 * Commendation after a campaign (khen thưởng): the forms a campaign's definition allows, proposals (tờ trình)
 * by units or the city, their review, and the city's decisions (quyết định) that make approved proposals
 * {@code DECIDED}.
 *
 * @since 0.4.0
 */
@NullMarked
package vn.campaign.core.commendation;

import org.jspecify.annotations.NullMarked;
