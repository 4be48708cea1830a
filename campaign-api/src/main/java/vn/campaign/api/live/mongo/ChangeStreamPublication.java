package vn.campaign.api.live.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bson.BsonDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoOperations;

import com.mongodb.MongoException;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.OperationType;
import com.mongodb.client.model.changestream.UpdateDescription;

import vn.campaign.api.cache.PlatformCaches;
import vn.campaign.api.live.RegistrationFeed;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.mongo.UnitDocument;
import vn.campaign.api.notifications.NotificationService;
import vn.campaign.api.notifications.mongo.MongoNotifications;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.api.store.StoreDescription;
import vn.campaign.api.store.StoreKind;

/**
 * Which live publication this instance uses, decided once at start-up, and the change-stream watchers when it
 * follows the store's change streams.
 *
 * <p>In-process publication always runs: the registration service tells this instance's feed of each write it
 * stores. On a store with change streams (a replica set or sharded cluster: {@code hello} answers a
 * {@code setName}, or {@code msg: isdbgrid}) and unless {@code campaign.live.change-streams=off}, the instance
 * also follows the {@code registrations} and {@code notifications} change streams and publishes there the
 * writes of the other instances, so every subscriber, whichever instance it is connected to, sees every write
 * once. The registrations collection keeps pre- and post-images for the stream (MongoDB 6.0 or later,
 * {@code collMod … changeStreamPreAndPostImages}), so that a change seen from another instance carries the
 * registration before and after the write, and is filtered for each subscriber's role exactly as a local one.
 */
public final class ChangeStreamPublication implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeStreamPublication.class);

    private final List<ChangeStreamWatcher> watchers;
    private final String summary;

    private ChangeStreamPublication(List<ChangeStreamWatcher> watchers, String summary) {
        this.watchers = List.copyOf(watchers);
        this.summary = summary;
    }

    /**
     * Decides the publication, says which in one log line, and prepares the watchers when change streams are
     * followed; they start with the application context.
     *
     * @param mode          the configured mode
     * @param store         the store in use: the embedded one has no change streams, an external one is asked
     * @param mongo         the store, with its {@code registrations} collection created
     * @param self          this instance
     * @param feed          this instance's feed of stored registrations
     * @param notifications this instance's notifications, whose live subscribers hear of the others' too
     * @param caches        this instance's cached campaigns and units, dropped when another instance changes one
     * @return the publication
     * @throws IllegalStateException when the mode is {@link ChangeStreamMode#ON} and the store has no change
     *                               streams or refuses to keep pre-images
     */
    public static ChangeStreamPublication decide(ChangeStreamMode mode, StoreDescription store, MongoOperations mongo,
            InstanceId self, RegistrationFeed feed, NotificationService notifications, PlatformCaches caches) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(store, "store");
        if (mode == ChangeStreamMode.OFF) {
            return inProcessOnly("campaign.live.change-streams=off");
        }
        boolean embedded = store.kind() != StoreKind.EXTERNAL;
        Optional<String> topology = embedded ? Optional.empty() : topology(hello(mongo));
        if (topology.isEmpty()) {
            String why = embedded ? "the embedded store has no change streams; it serves one instance"
                    : "the MongoDB server is no replica set or sharded cluster, so it has no change streams";
            if (mode == ChangeStreamMode.ON) {
                throw new IllegalStateException("campaign.live.change-streams=on, but " + why);
            }
            return inProcessOnly(why);
        }
        try {
            mongo.executeCommand(new Document("collMod", RegistrationDocument.COLLECTION)
                    .append("changeStreamPreAndPostImages", new Document("enabled", true)));
        } catch (DataAccessException | MongoException e) {
            String why = "the " + topology.get() + " refused to keep pre-images of registrations for change streams"
                    + " (MongoDB 6.0 or later and the collMod privilege are needed): " + e.getMessage();
            if (mode == ChangeStreamMode.ON) {
                throw new IllegalStateException("campaign.live.change-streams=on, but " + why, e);
            }
            LOG.warn("Live publication: in-process only, for one instance: {}", why);
            return new ChangeStreamPublication(List.of(), "in-process only");
        }
        RemoteRegistrationChanges registrations = new RemoteRegistrationChanges(self, mongo.getConverter());
        RemoteNotifications remoteNotifications = new RemoteNotifications(self);
        List<ChangeStreamWatcher> watchers = new ArrayList<>();
        watchers.add(new ChangeStreamWatcher(mongo.getCollection(RegistrationDocument.COLLECTION),
                event -> registrations.translate(operation(event), event.getFullDocumentBeforeChange(),
                        event.getFullDocument(), updatedFields(event)).ifPresent(feed::stored)));
        watchers.add(new ChangeStreamWatcher(mongo.getCollection(MongoNotifications.COLLECTION),
                event -> remoteNotifications.translate(operation(event), event.getFullDocument())
                        .ifPresent(notifications::publishStoredElsewhere)));
        // A campaign or unit changed by any instance drops this one's cached copies, which would otherwise be read
        // for up to CachedCampaigns.EXPIRY: a closed campaign still taking registrations here, a renamed unit.
        for (String cached : List.of(CampaignDocument.COLLECTION, UnitDocument.COLLECTION)) {
            watchers.add(new ChangeStreamWatcher(mongo.getCollection(cached), event -> caches.forgetAll()));
        }
        String summary = "in-process, and the writes of other instances from the change streams of "
                + RegistrationDocument.COLLECTION + " and " + MongoNotifications.COLLECTION + " on the "
                + topology.get() + " (those of " + CampaignDocument.COLLECTION + " and " + UnitDocument.COLLECTION
                + " drop the cached campaigns and units)";
        LOG.info("Live publication: {} (this instance writes as {})", summary, self.value());
        return new ChangeStreamPublication(watchers, summary);
    }

    private static ChangeStreamPublication inProcessOnly(String why) {
        LOG.info("Live publication: in-process only: {}", why);
        return new ChangeStreamPublication(List.of(), "in-process only");
    }

    /**
     * What kind of deployment a {@code hello} answer describes, when it is one with change streams.
     *
     * @param hello the server's answer to {@code hello} (or {@code isMaster}), or {@code null} when it gave none
     * @return {@code replica set NAME} or {@code sharded cluster}; empty for a standalone server or the embedded
     *         store
     */
    static Optional<String> topology(@Nullable Document hello) {
        if (hello == null) {
            return Optional.empty();
        }
        if (hello.get("setName") instanceof String name && !name.isBlank()) {
            return Optional.of("replica set " + name);
        }
        if ("isdbgrid".equals(hello.get("msg"))) {
            return Optional.of("sharded cluster");
        }
        return Optional.empty();
    }

    /** The server's {@code hello}, or {@code isMaster} from a server that predates it; null if neither answers. */
    private static @Nullable Document hello(MongoOperations mongo) {
        for (String command : List.of("hello", "isMaster")) {
            try {
                return mongo.executeCommand(new Document(command, 1));
            } catch (DataAccessException | MongoException e) {
                LOG.debug("{} not answered: {}", command, e.toString());
            }
        }
        return null;
    }

    /** The event's operation; OTHER for one the driver does not know. */
    private static OperationType operation(ChangeStreamDocument<Document> event) {
        OperationType operation = event.getOperationType();
        return operation == null ? OperationType.OTHER : operation;
    }

    private static List<String> updatedFields(ChangeStreamDocument<Document> event) {
        UpdateDescription update = event.getUpdateDescription();
        if (update == null) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        BsonDocument updated = update.getUpdatedFields();
        if (updated != null) {
            fields.addAll(updated.keySet());
        }
        List<String> removed = update.getRemovedFields();
        if (removed != null) {
            fields.addAll(removed);
        }
        return fields;
    }

    /**
     * Whether this instance follows the store's change streams.
     *
     * @return {@code true} when the writes of other instances are published here too
     */
    public boolean followsChangeStreams() {
        return !watchers.isEmpty();
    }

    /**
     * The publication in use, as the start-up log says it.
     *
     * @return for example {@code in-process only}
     */
    public String summary() {
        return summary;
    }

    @Override
    public void start() {
        watchers.forEach(ChangeStreamWatcher::start);
    }

    @Override
    public void stop() {
        watchers.forEach(ChangeStreamWatcher::stop);
    }

    @Override
    public boolean isRunning() {
        return watchers.stream().anyMatch(ChangeStreamWatcher::isRunning);
    }

    /** Before the web server, so that the streams are open when subscribers and writers arrive; stops after it. */
    @Override
    public int getPhase() {
        return 0;
    }
}
