/**
 * The store adapter of the import history: {@link vn.campaign.api.imports.mongo.ImportHistory} keeps the
 * {@link vn.campaign.api.imports.ImportRuns} in the {@code imports} collection, one
 * {@link vn.campaign.api.imports.mongo.ImportDocument} per run, mapped by
 * {@link vn.campaign.api.imports.mongo.ImportMapper}. The only package of the imports that uses MongoDB.
 */
@NullMarked
package vn.campaign.api.imports.mongo;

import org.jspecify.annotations.NullMarked;
