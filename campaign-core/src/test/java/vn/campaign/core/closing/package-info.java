/** Tests of closing a campaign and of its final report. */
@NullMarked
package vn.campaign.core.closing;

import org.jspecify.annotations.NullMarked;
