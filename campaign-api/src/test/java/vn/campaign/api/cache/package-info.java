/** Tests of the caches in front of the stores. */
@NullMarked
package vn.campaign.api.cache;

import org.jspecify.annotations.NullMarked;
