package vn.campaign.api.live.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.changestream.OperationType;

import vn.campaign.api.notifications.Inbox;
import vn.campaign.api.notifications.Notification;
import vn.campaign.api.notifications.mongo.MongoNotifications;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.core.unit.UnitCode;

/** A notification another instance stored is offered to this instance's subscribers; its own is not again. */
class RemoteNotificationsTest {

    private static final InstanceId HERE = InstanceId.random();
    private static final InstanceId THERE = InstanceId.random();

    private final RemoteNotifications here = new RemoteNotifications(HERE);

    @Test
    void aNotificationStoredByAnotherInstanceIsOfferedHere() {
        Notification notification = here.translate(OperationType.INSERT, stored(THERE)).orElseThrow();

        assertThat(notification.id()).isEqualTo("n-1");
        assertThat(notification.inbox()).isEqualTo(Inbox.of(new UnitCode("18070")));
        assertThat(notification.title()).isEqualTo("Công trình \"Nhà văn hóa\": đã được duyệt");
        assertThat(notification.read()).isFalse();
    }

    @Test
    void aNotificationStoredHereIsNotOfferedAgain() {
        assertThat(here.translate(OperationType.INSERT, stored(HERE))).isEmpty();
    }

    @Test
    void markingANotificationReadIsNoNewNotification() {
        assertThat(here.translate(OperationType.UPDATE, stored(THERE).append("read", true))).isEmpty();
    }

    private static Document stored(InstanceId writer) {
        return new Document("_id", "n-1").append("inbox", Inbox.of(new UnitCode("18070")).key())
                .append("kind", Notification.Kind.STATUS_CHANGED.name())
                .append("title", "Công trình \"Nhà văn hóa\": đã được duyệt")
                .append("titleEn", "Work \"Nhà văn hóa\": approved")
                .append("registrationId", "r-1")
                .append("createdAt", Date.from(Instant.parse("2026-12-06T02:00:00Z")))
                .append("read", false)
                .append(MongoNotifications.WRITTEN_BY, writer.value());
    }
}
