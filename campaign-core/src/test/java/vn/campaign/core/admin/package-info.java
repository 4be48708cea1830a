/** Tests of the administration of campaigns and units. */
@NullMarked
package vn.campaign.core.admin;

import org.jspecify.annotations.NullMarked;
