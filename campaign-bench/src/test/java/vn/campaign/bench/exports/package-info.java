/** Tests of the export benchmark's code paths on tiny sizes. */
@NullMarked
package vn.campaign.bench.exports;

import org.jspecify.annotations.NullMarked;
