/** Tests of the administration of campaigns and units through GraphQL. */
@NullMarked
package vn.campaign.api.admin;

import org.jspecify.annotations.NullMarked;
