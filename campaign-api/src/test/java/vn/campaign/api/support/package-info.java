/**
 * Test support shared by the service's tests.
 *
 * <ul>
 *   <li>{@link vn.campaign.api.support.ServerProcess} runs the application in a child JVM on the test class
 *       path, finds its ports, waits for health, and stops it cleanly or kills it hard; tests use it for
 *       restart and crash behaviour and for HTTP-level tests of {@code /graphql}.</li>
 *   <li>{@link vn.campaign.api.support.EmbeddedStoreTestBase},
 *       {@link vn.campaign.api.support.MongoContainerTestBase} and
 *       {@link vn.campaign.api.support.ExternalMongoTestBase} start an in-process application context on the
 *       embedded memory store, on a {@code mongo} container (skipped without Docker), or on the MongoDB named
 *       by the {@code SPRING_MONGODB_URI} environment variable (skipped when it is unset). A test written
 *       once as an interface with default test methods runs in all three by implementing it in one
 *       subclass of each.</li>
 *   <li>{@link vn.campaign.api.support.Race} starts concurrent requests at the same moment.</li>
 * </ul>
 */
@NullMarked
package vn.campaign.api.support;

import org.jspecify.annotations.NullMarked;
