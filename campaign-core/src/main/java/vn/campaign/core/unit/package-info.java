/**
 * Units: the city, its wards and communes (with their GSO codes and validity periods) and non-territorial organisations; the unit-name matcher that resolves what people write.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.unit;

import org.jspecify.annotations.NullMarked;
