package vn.campaign.api.evidence.mongo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import vn.campaign.api.evidence.EvidenceFile;
import vn.campaign.api.evidence.EvidenceId;
import vn.campaign.api.evidence.EvidenceStore;
import vn.campaign.api.evidence.EvidenceType;
import vn.campaign.api.evidence.NewEvidence;
import vn.campaign.api.evidence.Sha256;
import vn.campaign.core.registration.RegistrationId;

/**
 * Evidence in a GridFS bucket. A file's GridFS {@code filename} is its cleaned name; its {@code metadata}
 * holds {@code registration}, {@code type} (the {@link EvidenceType} name), {@code contentType}, {@code sha256},
 * {@code caption}, {@code uploadedAt} and {@code uploadedBy}. The bytes are written before the description
 * ({@code evidence.files}) that makes them visible, so a failed write leaves no visible piece.
 */
public final class GridFsEvidenceStore implements EvidenceStore {

    /** The bucket's name: its collections are {@code evidence.files} and {@code evidence.chunks}. */
    public static final String BUCKET = "evidence";

    private static final String REGISTRATION = "metadata.registration";
    /** 1 MiB chunks: a 10 MB photo is ten documents. */
    private static final int CHUNK_SIZE = 1024 * 1024;

    private final GridFSBucket bucket;
    private final MongoCollection<GridFSFile> files;

    /**
     * A store in a database; creates the index by registration.
     *
     * @param database the database
     */
    public GridFsEvidenceStore(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        this.bucket = GridFSBuckets.create(database, BUCKET).withChunkSizeBytes(CHUNK_SIZE);
        this.files = database.getCollection(BUCKET + ".files", GridFSFile.class);
        database.getCollection(BUCKET + ".files").createIndex(Indexes.ascending(REGISTRATION, "metadata.sha256"));
    }

    @Override
    public EvidenceFile store(NewEvidence evidence, InputStream content) {
        Document metadata = new Document("registration", evidence.registration().value())
                .append("type", evidence.type().name())
                .append("contentType", evidence.type().mediaType())
                .append("sha256", evidence.sha256().hex())
                .append("caption", evidence.caption())
                .append("uploadedAt", Date.from(evidence.uploadedAt()))
                .append("uploadedBy", evidence.uploadedBy());
        ObjectId id = bucket.uploadFromStream(evidence.fileName(), content, new GridFSUploadOptions().metadata(metadata));
        GridFSFile stored = bucket.find(Filters.eq("_id", id)).first();
        if (stored == null) {
            throw new IllegalStateException("the evidence file " + id.toHexString() + " was not found right after it was stored");
        }
        return toEvidence(stored);
    }

    @Override
    public Optional<EvidenceFile> find(EvidenceId id) {
        return Optional.ofNullable(bucket.find(Filters.eq("_id", new ObjectId(id.value()))).first()).map(GridFsEvidenceStore::toEvidence);
    }

    @Override
    public List<EvidenceFile> findByRegistration(RegistrationId registration) {
        return list(Filters.eq(REGISTRATION, registration.value()));
    }

    @Override
    public Map<RegistrationId, List<EvidenceFile>> findByRegistrations(Collection<RegistrationId> registrations) {
        Map<RegistrationId, List<EvidenceFile>> found = new LinkedHashMap<>();
        if (registrations.isEmpty()) {
            return found;
        }
        for (EvidenceFile file : list(Filters.in(REGISTRATION, registrations.stream().map(RegistrationId::value).distinct().toList()))) {
            found.computeIfAbsent(file.registration(), r -> new ArrayList<>()).add(file);
        }
        return found;
    }

    @Override
    public Optional<InputStream> open(EvidenceId id) {
        ObjectId objectId = new ObjectId(id.value());
        if (bucket.find(Filters.eq("_id", objectId)).first() == null) {
            return Optional.empty();
        }
        return Optional.of(bucket.openDownloadStream(objectId));
    }

    @Override
    public boolean delete(EvidenceId id) {
        ObjectId objectId = new ObjectId(id.value());
        if (bucket.find(Filters.eq("_id", objectId)).first() == null) {
            return false;
        }
        bucket.delete(objectId);
        return true;
    }

    @Override
    public long countFor(RegistrationId registration) {
        return files.countDocuments(Filters.eq(REGISTRATION, registration.value()));
    }

    private List<EvidenceFile> list(Bson filter) {
        List<EvidenceFile> found = new ArrayList<>();
        bucket.find(filter).sort(Sorts.ascending("metadata.uploadedAt", "_id")).forEach(f -> found.add(toEvidence(f)));
        return found;
    }

    private static EvidenceFile toEvidence(GridFSFile file) {
        Document metadata = Objects.requireNonNull(file.getMetadata(), "metadata of evidence file " + file.getObjectId());
        return new EvidenceFile(new EvidenceId(file.getObjectId().toHexString()),
                new RegistrationId(metadata.getString("registration")), file.getFilename(),
                EvidenceType.valueOf(metadata.getString("type")), file.getLength(),
                new Sha256(metadata.getString("sha256")), metadata.getString("caption"),
                metadata.getDate("uploadedAt").toInstant(), metadata.getString("uploadedBy"));
    }
}
