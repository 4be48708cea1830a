/** Tests of the unit summaries. */
@NullMarked
package vn.campaign.core.summary;

import org.jspecify.annotations.NullMarked;
