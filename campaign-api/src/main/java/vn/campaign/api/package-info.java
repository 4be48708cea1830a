/**
 * The GraphQL service on MongoDB, built on the campaign core.
 */
@NullMarked
package vn.campaign.api;

import org.jspecify.annotations.NullMarked;
