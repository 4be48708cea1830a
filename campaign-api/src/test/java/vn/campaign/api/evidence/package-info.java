/** Tests of the evidence uploads, downloads and listings, and of the checks of uploaded files. */
@NullMarked
package vn.campaign.api.evidence;

import org.jspecify.annotations.NullMarked;
