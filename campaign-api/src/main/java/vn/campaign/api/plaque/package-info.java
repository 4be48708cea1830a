/**
 * The plaque register in the service: {@link vn.campaign.api.plaque.PlaqueConfiguration} builds the core's
 * {@link vn.campaign.core.plaque.PlaqueRegister} over the platform, the links' store
 * ({@code vn.campaign.api.plaque.mongo}) and the audit trail. Its GraphQL face ({@code linkPlaqueWork},
 * {@code unlinkPlaqueWork}, {@code PlaqueWork.work}, {@code Work.plaqueWork}) is
 * {@code vn.campaign.api.graphql.PlaqueController}.
 */
@NullMarked
package vn.campaign.api.plaque;

import org.jspecify.annotations.NullMarked;
