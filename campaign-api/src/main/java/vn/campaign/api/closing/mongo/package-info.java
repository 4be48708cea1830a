/**
 * The store adapter of final reports: {@link vn.campaign.api.closing.mongo.MongoFinalReports} implements the
 * core's {@link vn.campaign.core.closing.FinalReports} over the {@code finalReports} collection, insert-only.
 */
@NullMarked
package vn.campaign.api.closing.mongo;

import org.jspecify.annotations.NullMarked;
