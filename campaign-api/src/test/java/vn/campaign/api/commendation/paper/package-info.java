/** Tests of the papers of commendation as files. */
@NullMarked
package vn.campaign.api.commendation.paper;

import org.jspecify.annotations.NullMarked;
