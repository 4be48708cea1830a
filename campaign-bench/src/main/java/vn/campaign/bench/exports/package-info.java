/**
 * The export benchmark: {@link vn.campaign.bench.exports.ExportBench} downloads {@code works.xlsx} of a
 * campaign with many registrations from the packaged service under a small heap, next to
 * {@link vn.campaign.bench.exports.BareSxssfWrite}, POI's streaming writer writing the same cells in a child
 * JVM under the same heap.
 */
@NullMarked
package vn.campaign.bench.exports;

import org.jspecify.annotations.NullMarked;
