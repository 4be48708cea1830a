/** Tests of commendation proposals, their review and decisions. */
@NullMarked
package vn.campaign.core.commendation;

import org.jspecify.annotations.NullMarked;
