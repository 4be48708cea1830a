/**
 * Backups of the store through the running service: {@code POST /api/admin/backup} answers, for a city
 * administrator, a zip of a consistent dump in mongodump's directory layout.
 *
 * <p>The controller reaches the store through the {@link vn.campaign.api.backup.StoreBackups} port; the dump
 * itself, the store's pause of writes and the {@code backup}, {@code restore} and {@code copy-store} commands
 * of the service's jar are in {@code vn.campaign.api.backup.mongo}.
 */
@NullMarked
package vn.campaign.api.backup;

import org.jspecify.annotations.NullMarked;
