/** Tests of the summary report's files and their endpoints. */
@NullMarked
package vn.campaign.api.summary;

import org.jspecify.annotations.NullMarked;
