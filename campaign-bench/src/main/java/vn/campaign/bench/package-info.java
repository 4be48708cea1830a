/**
 * The benchmark command: {@link vn.campaign.bench.BenchMain} runs the import, GraphQL and compliance
 * measurements (the heavy ones each in a child JVM of its own), prints the figures and rewrites
 * {@code docs/benchmarks.md}. Every figure is measured next to its baseline in the same run.
 */
@NullMarked
package vn.campaign.bench;

import org.jspecify.annotations.NullMarked;
