/**
 * Tests of the backup endpoint and of the {@code backup}, {@code restore} and {@code copy-store} commands.
 */
@NullMarked
package vn.campaign.api.backup;

import org.jspecify.annotations.NullMarked;
