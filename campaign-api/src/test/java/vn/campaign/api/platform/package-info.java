/** Tests of the platform's assembly and of the seeding of the built-in data. */
@NullMarked
package vn.campaign.api.platform;

import org.jspecify.annotations.NullMarked;
