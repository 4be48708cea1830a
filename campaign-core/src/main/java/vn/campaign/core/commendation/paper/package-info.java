/**
 * The papers of commendation, as values for renderers: the list annexed to a decision ({@link
 * vn.campaign.core.commendation.paper.DecisionAnnex}, "Danh sách tập thể, cá nhân được khen thưởng") and a unit's
 * proposal ({@link vn.campaign.core.commendation.paper.ProposalLetter}, the tờ trình), drawn up by {@link
 * vn.campaign.core.commendation.paper.CommendationPapers} from what the caller may see of the commendations.
 *
 * @since 0.4.0
 */
@NullMarked
package vn.campaign.core.commendation.paper;

import org.jspecify.annotations.NullMarked;
