/**
 * Live publication across API instances on a MongoDB that has change streams (a replica set or a sharded
 * cluster): each instance follows the {@code registrations} and {@code notifications} collections' change
 * streams and hands the writes of the other instances to its own live feeds, where the same role filtering
 * applies as to its own writes. {@link vn.campaign.api.live.mongo.ChangeStreamPublication} decides at start-up
 * whether to ({@code campaign.live.change-streams=auto|on|off}); on the embedded store, which has no change
 * streams, the in-process publication alone serves the one instance.
 *
 * <p>A write is published once on every instance: in-process by the instance that made it, through the change
 * stream by every other one. Each stored document names the instance that wrote it
 * ({@link vn.campaign.api.platform.InstanceId}, field {@code writtenBy}), and a watcher skips the events of
 * its own instance's writes.
 */
@NullMarked
package vn.campaign.api.live.mongo;

import org.jspecify.annotations.NullMarked;
