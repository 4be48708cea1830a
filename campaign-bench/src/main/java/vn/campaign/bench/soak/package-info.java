/**
 * The soak test: {@link vn.campaign.bench.soak.SoakBench} holds the packaged service, on its own embedded H2
 * store as in production, under many concurrent GraphQL clients for minutes — reads and writes as ward officers
 * and the city — while {@link vn.campaign.bench.soak.ProcessSampler} samples the service's heap after a full
 * collection, open files and threads, and {@link vn.campaign.bench.soak.HeapWeight} weighs two heap dumps with and
 * without the embedded store's page cache; at the end {@link vn.campaign.bench.soak.Ledger} checks that every
 * acknowledged write is stored exactly once, {@link vn.campaign.bench.soak.Trend} judges whether the samples
 * climb, and {@link vn.campaign.bench.soak.SoakSection} writes the section of {@code docs/benchmarks.md}.
 */
@NullMarked
package vn.campaign.bench.soak;

import org.jspecify.annotations.NullMarked;
