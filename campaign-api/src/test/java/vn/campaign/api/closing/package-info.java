/** Tests of closing campaigns over GraphQL and of the final reports' store. */
@NullMarked
package vn.campaign.api.closing;

import org.jspecify.annotations.NullMarked;
