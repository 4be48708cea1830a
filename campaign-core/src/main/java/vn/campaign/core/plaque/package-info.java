/**
 * The plaque register (sổ gắn biển): the works a campaign's directive names for a commemorative plaque
 * ({@link vn.campaign.core.campaign.Campaign#plaqueWorks()}, each under a {@link vn.campaign.core.plaque.PlaqueWorkKey}),
 * each linked to at most one registered work of the campaign and each registered work to at most one of them
 * ({@link vn.campaign.core.plaque.PlaqueLink}, kept behind the {@link vn.campaign.core.plaque.PlaqueLinks} port).
 *
 * <p>Linking and awarding are one notion: a plaque work stands for the registered work that carries its plaque,
 * so {@link vn.campaign.core.plaque.PlaqueRegister#link linking} awards the registered work its plaque through the
 * registration service's {@code awardPlaque} (unless the work already carries one), before the link is kept. A
 * work may carry a plaque without being linked (the directive's list gives examples, "như …", and the city
 * awards plaques beyond them); a linked work always carries one. Unlinking corrects which registered work a
 * plaque work stands for; the plaque the work received stays awarded, since the platform takes no plaque back.
 *
 * <p>This package sits above {@code application} (it calls the registration service) and beside {@code campaign}
 * and {@code registration}, which know nothing of it: the link is not a field of {@code Campaign} nor of
 * {@code Work}, so neither package depends on the other through it.
 *
 * @since 0.4.0
 */
@NullMarked
package vn.campaign.core.plaque;

import org.jspecify.annotations.NullMarked;
