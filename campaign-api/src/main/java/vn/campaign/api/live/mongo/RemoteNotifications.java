package vn.campaign.api.live.mongo;

import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import com.mongodb.client.model.changestream.OperationType;

import vn.campaign.api.notifications.Notification;
import vn.campaign.api.notifications.mongo.MongoNotifications;
import vn.campaign.api.platform.InstanceId;

/**
 * Turns an event of the {@code notifications} collection's change stream into the notification another
 * instance stored, for this instance's live subscribers; or into nothing, when this instance stored it (its
 * subscribers were told already) or when the event is no new notification (a notification marked read, say).
 */
public final class RemoteNotifications {

    private final InstanceId self;

    /**
     * A translation for one instance.
     *
     * @param self this instance, whose own notifications are skipped
     */
    public RemoteNotifications(InstanceId self) {
        this.self = Objects.requireNonNull(self, "self");
    }

    /**
     * The notification an event stands for, if this instance should offer it to its subscribers.
     *
     * @param operation the event's operation
     * @param after     the inserted document, or {@code null} when the event carries none
     * @return the notification, or empty
     */
    public Optional<Notification> translate(OperationType operation, @Nullable Document after) {
        Objects.requireNonNull(operation, "operation");
        if (operation != OperationType.INSERT || after == null
                || self.wrote(after.getString(MongoNotifications.WRITTEN_BY))) {
            return Optional.empty();
        }
        return Optional.of(MongoNotifications.notification(after));
    }
}
