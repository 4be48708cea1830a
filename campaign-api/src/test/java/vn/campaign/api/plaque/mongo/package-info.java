/** Tests of the plaque links' store adapter on the embedded store. */
@NullMarked
package vn.campaign.api.plaque.mongo;

import org.jspecify.annotations.NullMarked;
