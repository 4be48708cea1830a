/**
 * Who acts, and what they may do: the roles of the platform and the access policy the application
 * services apply at their boundary, for writes and for what each caller may see.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.access;

import org.jspecify.annotations.NullMarked;
