/** Tests of commendation over GraphQL. */
@NullMarked
package vn.campaign.api.commendation;

import org.jspecify.annotations.NullMarked;
