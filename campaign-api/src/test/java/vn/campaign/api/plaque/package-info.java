/** Tests of the plaque register over GraphQL and of its store adapter. */
@NullMarked
package vn.campaign.api.plaque;

import org.jspecify.annotations.NullMarked;
