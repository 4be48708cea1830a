package vn.campaign.api.live.mongo;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import com.mongodb.client.model.changestream.OperationType;

import vn.campaign.api.mongo.MongoRegistrations;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.mongo.RegistrationMapper;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.registration.Registration;

/**
 * Turns an event of the {@code registrations} collection's change stream into the {@link StoredChange} the
 * registration service would have published had the write been made in this instance — or into nothing, when
 * this instance made it (and published it already) or when it changed no registration.
 *
 * <p>What counts:
 * <ul>
 *   <li>an insert stamped by another instance: a new registration ({@code before} is {@code null});</li>
 *   <li>an update or replacement stamped by another instance that changed the registration's
 *       {@code version}: every change the registration service writes does, so the before and after images
 *       make the same change it published there. Writes that leave the version alone — the move of a pending
 *       audit entry to the trail, the start-up backfills of a name key or a timeline — are not changes of the
 *       registration and are not published, in-process or here;</li>
 *   <li>nothing else (deletes, drops and other events).</li>
 * </ul>
 * When the server has no image of the document before an update (pre-images expired, or turned off on the
 * collection after start-up), an update of the {@code version} field still counts and is published as if the
 * registration were new: a subscriber then learns of it as {@code CREATED} where it could see it.
 */
public final class RemoteRegistrationChanges {

    private static final String VERSION = "version";

    private final InstanceId self;
    private final MongoConverter converter;

    /**
     * A translation for one instance.
     *
     * @param self      this instance, whose own writes are skipped
     * @param converter the converter that reads stored documents
     */
    public RemoteRegistrationChanges(InstanceId self, MongoConverter converter) {
        this.self = Objects.requireNonNull(self, "self");
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    /**
     * The change an event stands for, if this instance should publish it.
     *
     * @param operation     the event's operation
     * @param before        the document before the write (the event's pre-image), or {@code null} when the server
     *                      gave none
     * @param after         the document as the write left it (the event's post-image), or {@code null} when the
     *                      server gave none
     * @param updatedFields the names of the fields an update set or removed, as the event describes them; empty
     *                      for other operations
     * @return the change to publish, or empty
     */
    public Optional<StoredChange> translate(OperationType operation, @Nullable Document before,
            @Nullable Document after, Collection<String> updatedFields) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(updatedFields, "updatedFields");
        if (after == null || self.wrote(after.getString(MongoRegistrations.WRITTEN_BY))) {
            return Optional.empty();
        }
        return switch (operation) {
            case INSERT -> Optional.of(new StoredChange(null, registration(after)));
            case UPDATE, REPLACE -> {
                if (before == null) {
                    yield updatedFields.contains(VERSION)
                            ? Optional.of(new StoredChange(null, registration(after)))
                            : Optional.empty();
                }
                yield Objects.equals(before.get(VERSION), after.get(VERSION))
                        ? Optional.empty()
                        : Optional.of(new StoredChange(registration(before), registration(after)));
            }
            default -> Optional.empty();
        };
    }

    private Registration registration(Document document) {
        return RegistrationMapper.toDomain(converter.read(RegistrationDocument.class, document));
    }
}
