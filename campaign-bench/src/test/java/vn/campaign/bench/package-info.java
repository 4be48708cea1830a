/** Tests of the benchmark's code paths on tiny sizes; no timing is asserted. */
@NullMarked
package vn.campaign.bench;

import org.jspecify.annotations.NullMarked;
