/**
 * The start-up benchmark: the packaged campaign-api service started as the README runs it, on its own embedded
 * store in a fresh directory, timed from launch until {@code /actuator/health} answers UP — once as the plain
 * executable jar and once from the jar extracted by Spring Boot's {@code -Djarmode=tools extract} with a class
 * data sharing archive made by a training run ({@link vn.campaign.bench.startup.StartupBench}).
 */
@NullMarked
package vn.campaign.bench.startup;

import org.jspecify.annotations.NullMarked;
