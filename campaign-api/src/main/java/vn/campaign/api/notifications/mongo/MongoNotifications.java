package vn.campaign.api.notifications.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.campaign.api.notifications.Inbox;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.api.notifications.Notification;
import vn.campaign.api.notifications.Notifications;

/**
 * Notifications in the {@code notifications} collection. The id is the document's {@code _id}, so a reminder
 * whose key was stored already is refused by the store itself, also across instances.
 */
public final class MongoNotifications implements Notifications {

    /** The collection. */
    public static final String COLLECTION = "notifications";

    /**
     * The field naming the API instance that stored a notification (an {@link InstanceId}), so that an instance
     * following the collection's change stream offers its subscribers only the notifications of others.
     */
    public static final String WRITTEN_BY = "writtenBy";

    private final MongoOperations mongo;
    private final InstanceId writer;

    /**
     * A store stamping its notifications with an instance id of its own.
     *
     * @param mongo the database
     */
    public MongoNotifications(MongoOperations mongo) {
        this(mongo, InstanceId.random());
    }

    /**
     * A store.
     *
     * @param mongo  the database
     * @param writer the running instance, stamped on every notification it stores ({@value #WRITTEN_BY})
     */
    public MongoNotifications(MongoOperations mongo, InstanceId writer) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public boolean add(Notification notification) {
        Document document = new Document("_id", notification.id())
                .append("inbox", notification.inbox().key())
                .append("kind", notification.kind().name())
                .append("title", notification.title())
                .append("titleEn", notification.titleEn())
                .append("registrationId", notification.registrationId())
                .append("createdAt", Date.from(notification.createdAt()))
                .append("read", notification.read())
                .append(WRITTEN_BY, writer.value());
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<Notification> page(Inbox inbox, boolean unreadOnly, int first, @Nullable Notification after) {
        Criteria criteria = Criteria.where("inbox").is(inbox.key());
        if (unreadOnly) {
            criteria = criteria.and("read").is(false);
        }
        if (after != null) {
            Date at = Date.from(after.createdAt());
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where("createdAt").lt(at),
                    new Criteria().andOperator(Criteria.where("createdAt").is(at), Criteria.where("_id").lt(after.id()))));
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .limit(first);
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoNotifications::notification).toList();
    }

    @Override
    public @Nullable Notification find(Inbox inbox, String id) {
        Document document = mongo.findOne(new Query(Criteria.where("_id").is(id).and("inbox").is(inbox.key())),
                Document.class, COLLECTION);
        return document == null ? null : notification(document);
    }

    @Override
    public long markRead(Inbox inbox, Collection<String> ids) {
        return mongo.updateMulti(new Query(Criteria.where("_id").in(ids).and("inbox").is(inbox.key())
                .and("read").is(false)), new Update().set("read", true), COLLECTION).getModifiedCount();
    }

    /**
     * A notification as stored.
     *
     * @param document a document of the collection
     * @return the notification
     */
    public static Notification notification(Document document) {
        Instant createdAt = document.get("createdAt", Date.class).toInstant();
        return new Notification(document.getString("_id"), Inbox.fromKey(document.getString("inbox")),
                Notification.Kind.valueOf(document.getString("kind")), document.getString("title"),
                document.getString("titleEn"), document.getString("registrationId"), createdAt,
                Boolean.TRUE.equals(document.getBoolean("read")));
    }
}
