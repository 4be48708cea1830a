/**
 * Compliance at national scale: {@link vn.campaign.bench.compliance.NationalScale} builds tens of thousands of
 * wards and communes and millions of registrations in memory; {@link vn.campaign.bench.compliance.ComplianceProbe}
 * times the core's full evaluation next to a bare one-pass count in a child JVM;
 * {@link vn.campaign.bench.compliance.ComplianceBenchmark} is the JMH benchmark of the smaller sizes.
 */
@NullMarked
package vn.campaign.bench.compliance;

import org.jspecify.annotations.NullMarked;
