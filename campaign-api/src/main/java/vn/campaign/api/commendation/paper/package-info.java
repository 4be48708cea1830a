/**
 * The papers of commendation as files: the list annexed to a decision ({@code GET
 * /api/exports/commendations.xlsx} and {@code .docx}, public) and a unit's proposal (tờ trình, {@code GET
 * /api/exports/commendation-proposal.docx}, for the unit and the city's administrators), laid out from the core's
 * {@link vn.campaign.core.commendation.paper.CommendationPapers} in the administrative layout of
 * {@link vn.campaign.api.document}.
 */
@NullMarked
package vn.campaign.api.commendation.paper;

import org.jspecify.annotations.NullMarked;
