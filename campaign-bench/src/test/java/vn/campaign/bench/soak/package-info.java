/** Tests of the soak's pieces, and a soak of seconds against the packaged service; no timing is asserted. */
@NullMarked
package vn.campaign.bench.soak;

import org.jspecify.annotations.NullMarked;
