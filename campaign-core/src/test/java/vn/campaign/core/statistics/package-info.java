/** Tests of the dashboard statistics. */
@NullMarked
package vn.campaign.core.statistics;

import org.jspecify.annotations.NullMarked;
