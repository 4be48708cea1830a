package vn.campaign.api.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.campaign.core.access.Actor;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.evidence.EvidencePolicy;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.rule.CampaignOpenPolicy;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.TextRules;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;
import vn.campaign.core.text.VietnameseText;

/**
 * Attaches, reads and removes evidence, for a caller, under the core's {@link EvidencePolicy}.
 *
 * <p>An upload is all or nothing: every file of the request is checked (size, type from the bytes, name,
 * caption) and the registration's total computed before the first is stored, so a refused request stores
 * nothing. A file whose SHA-256 the registration already has (or that the same request carries twice) is
 * stored once: the answer names the piece already there. Uploads to one registration are serialised in this
 * process, so that two concurrent requests can neither store the same file twice nor pass the total together.
 */
public final class EvidenceService {

    /** The longest caption, in characters. */
    public static final int CAPTION_MAX = 500;

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);
    private static final int LOCK_STRIPES = 64;

    private final Registrations registrations;
    private final EvidenceStore store;
    private final FileInspector inspector;
    private final EvidenceProperties limits;
    private final Clock clock;
    private final @Nullable Campaigns campaigns;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    /**
     * A service.
     *
     * @param registrations the registrations, whose unit and status decide who may do what
     * @param store         where evidence is kept
     * @param inspector     the checks of a file's bytes
     * @param limits        the size limits
     * @param clock         the clock that dates uploads
     */
    public EvidenceService(Registrations registrations, EvidenceStore store, FileInspector inspector,
            EvidenceProperties limits, Clock clock) {
        this(registrations, store, inspector, limits, clock, null);
    }

    /**
     * A service that also keeps evidence of a closed campaign's registrations still, once its closing grace
     * period is over ({@code CAMPAIGN_CLOSED}).
     *
     * @param registrations the registrations, whose unit and status decide who may do what
     * @param store         where evidence is kept
     * @param inspector     the checks of a file's bytes
     * @param limits        the size limits
     * @param clock         the clock that dates uploads and decides "today"
     * @param campaigns     the campaigns, whose closing decides whether evidence may still change; {@code null}
     *                      to leave closing out
     */
    public EvidenceService(Registrations registrations, EvidenceStore store, FileInspector inspector,
            EvidenceProperties limits, Clock clock, @Nullable Campaigns campaigns) {
        this.campaigns = campaigns;
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.store = Objects.requireNonNull(store, "store");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Attaches files to a registration.
     *
     * @param actor        who uploads
     * @param registration the registration's id
     * @param files        the files, in the order sent
     * @return the stored pieces, one per file in that order, or why nothing was stored
     * @throws IOException when an uploaded file cannot be read
     */
    public EvidenceResult<List<EvidenceFile>> upload(Actor actor, RegistrationId registration, List<EvidenceUpload> files)
            throws IOException {
        if (actor instanceof Actor.Anonymous) {
            return EvidenceResult.refused(EvidenceRefusal.of(List.of(Violation.of(RuleCode.UNAUTHORIZED, List.of()))));
        }
        Optional<Registration> found = visible(actor, registration);
        if (found.isEmpty()) {
            return EvidenceResult.refused(EvidenceRefusal.registrationNotFound(registration.value()));
        }
        List<Violation> denied = withClosing(EvidencePolicy.attach(actor, found.get()), found.get());
        if (!denied.isEmpty()) {
            return EvidenceResult.refused(EvidenceRefusal.of(denied));
        }
        Optional<EvidenceRefusal> malformed = checkRequest(files);
        if (malformed.isPresent()) {
            return EvidenceResult.refused(malformed.get());
        }
        List<NewEvidence> checked = new ArrayList<>();
        for (EvidenceUpload file : files) {
            String name = EvidenceFileName.clean(file.originalName());
            Optional<EvidenceRefusal> refusal = checkSize(name, file.size());
            if (refusal.isPresent()) {
                return EvidenceResult.refused(refusal.get());
            }
            Inspection inspection = inspector.inspect(name, file.content());
            if (inspection instanceof Inspection.Refused refused) {
                return EvidenceResult.refused(new EvidenceRefusal(refused.problem(), refused.message(), name));
            }
            Inspection.Accepted accepted = (Inspection.Accepted) inspection;
            refusal = checkSize(name, accepted.size());
            if (refusal.isPresent()) {
                return EvidenceResult.refused(refusal.get());
            }
            checked.add(new NewEvidence(registration, EvidenceFileName.withExtension(name, accepted.type()),
                    accepted.type(), accepted.size(), accepted.sha256(), VietnameseText.normalizeOptional(file.caption()),
                    clock.instant(), actor.subject()));
        }
        ReentrantLock lock = locks[Math.floorMod(registration.hashCode(), locks.length)];
        lock.lock();
        try {
            return storeAll(registration, files, checked);
        } finally {
            lock.unlock();
        }
    }

    private EvidenceResult<List<EvidenceFile>> storeAll(RegistrationId registration, List<EvidenceUpload> files,
            List<NewEvidence> checked) throws IOException {
        Map<Sha256, EvidenceFile> bySha = new HashMap<>();
        long total = 0;
        for (EvidenceFile existing : store.findByRegistration(registration)) {
            bySha.putIfAbsent(existing.sha256(), existing);
            total += existing.size();
        }
        Map<Sha256, Integer> toStore = new LinkedHashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            NewEvidence piece = checked.get(i);
            if (bySha.containsKey(piece.sha256()) || toStore.containsKey(piece.sha256())) {
                continue;
            }
            total += piece.size();
            if (total > limits.maxTotalSize().toBytes()) {
                long max = limits.maxTotalSize().toBytes();
                return EvidenceResult.refused(new EvidenceRefusal(EvidenceProblem.EVIDENCE_TOO_LARGE, Message.format(
                        "Thêm tệp “%s” thì minh chứng của đăng ký vượt quá %s (%d byte); không tệp nào được lưu.",
                        "With the file \"%s\" the registration's evidence would exceed %s (%d bytes); no file was stored.",
                        piece.fileName(), megabytes(max), max), piece.fileName()));
            }
            toStore.put(piece.sha256(), i);
        }
        List<EvidenceFile> stored = new ArrayList<>();
        try {
            for (int i : toStore.values()) {
                try (InputStream content = files.get(i).content().open()) {
                    EvidenceFile file = store.store(checked.get(i), content);
                    stored.add(file);
                    bySha.put(file.sha256(), file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Nothing of a failed request stays: remove what this request stored before the failure.
            stored.forEach(file -> store.delete(file.id()));
            throw e;
        }
        if (!stored.isEmpty()) {
            LOG.info("Stored {} evidence file(s) for registration {}", stored.size(), registration.value());
        }
        return new EvidenceResult.Done<>(checked.stream().map(piece -> Objects.requireNonNull(bySha.get(piece.sha256())))
                .toList());
    }

    /**
     * The bytes of a piece of evidence, for someone who may see its registration.
     *
     * @param actor who reads
     * @param id    the piece's id, as sent
     * @return the piece and its bytes, or NOT_FOUND (also when the caller may not see its registration)
     */
    public EvidenceResult<Download> download(Actor actor, String id) {
        Optional<EvidenceFile> file = EvidenceId.parse(id).flatMap(store::find);
        if (file.isEmpty() || visible(actor, file.get().registration()).isEmpty()) {
            return EvidenceResult.refused(EvidenceRefusal.evidenceNotFound(id));
        }
        Optional<InputStream> content = store.open(file.get().id());
        if (content.isEmpty()) {
            return EvidenceResult.refused(EvidenceRefusal.evidenceNotFound(id));
        }
        return new EvidenceResult.Done<>(new Download(file.get(), content.get()));
    }

    /**
     * Removes a piece of evidence.
     *
     * @param actor who removes it
     * @param id    the piece's id, as sent
     * @return the removed piece, or why not
     */
    public EvidenceResult<EvidenceFile> delete(Actor actor, String id) {
        if (actor instanceof Actor.Anonymous) {
            return EvidenceResult.refused(EvidenceRefusal.of(List.of(Violation.of(RuleCode.UNAUTHORIZED, List.of()))));
        }
        Optional<EvidenceFile> file = EvidenceId.parse(id).flatMap(store::find);
        Optional<Registration> registration = file.flatMap(f -> visible(actor, f.registration()));
        if (file.isEmpty() || registration.isEmpty()) {
            return EvidenceResult.refused(EvidenceRefusal.evidenceNotFound(id));
        }
        List<Violation> denied = withClosing(EvidencePolicy.remove(actor, registration.get(), file.get().uploadedBy()),
                registration.get());
        if (!denied.isEmpty()) {
            return EvidenceResult.refused(EvidenceRefusal.of(denied));
        }
        ReentrantLock lock = locks[Math.floorMod(file.get().registration().hashCode(), locks.length)];
        lock.lock();
        try {
            if (!store.delete(file.get().id())) {
                return EvidenceResult.refused(EvidenceRefusal.evidenceNotFound(id));
            }
        } finally {
            lock.unlock();
        }
        LOG.info("Removed evidence {} of registration {}", id, file.get().registration().value());
        return new EvidenceResult.Done<>(file.get());
    }

    /**
     * The evidence of registrations the caller already sees (GraphQL's {@code Work.evidence}), in one read.
     *
     * @param registrations their ids
     * @return each one's evidence, oldest first; empty lists for those without
     */
    public Map<RegistrationId, List<EvidenceFile>> evidenceOf(Collection<RegistrationId> registrations) {
        Map<RegistrationId, List<EvidenceFile>> found = store.findByRegistrations(registrations);
        Map<RegistrationId, List<EvidenceFile>> all = new LinkedHashMap<>();
        registrations.forEach(r -> all.put(r, found.getOrDefault(r, List.of())));
        return all;
    }

    /**
     * A piece of evidence and its bytes.
     *
     * @param file    the piece
     * @param content its bytes, for the caller to close
     */
    public record Download(EvidenceFile file, InputStream content) {
        /** Validates the download. */
        public Download {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(content, "content");
        }
    }

    private Optional<Registration> visible(Actor actor, RegistrationId id) {
        return registrations.findById(id).filter(r -> EvidencePolicy.canRead(actor, r));
    }

    private Optional<EvidenceRefusal> checkRequest(List<EvidenceUpload> files) {
        if (files.isEmpty()) {
            return Optional.of(new EvidenceRefusal(EvidenceProblem.FILE_MISSING, new Message(
                    "Yêu cầu không có tệp: gửi tệp trong trường “file” của biểu mẫu multipart/form-data.",
                    "The request carries no file: send the files as the field 'file' of a multipart/form-data POST."),
                    null));
        }
        if (files.size() > limits.maxFilesPerRequest()) {
            return Optional.of(new EvidenceRefusal(EvidenceProblem.TOO_MANY_FILES, Message.format(
                    "Mỗi lần gửi tối đa %d tệp, đã gửi %d.", "At most %d files may be sent at once, got %d.",
                    limits.maxFilesPerRequest(), files.size()), null));
        }
        for (EvidenceUpload file : files) {
            List<Violation> found = new ArrayList<>();
            TextRules.check(found, "caption", VietnameseText.normalizeOptional(file.caption()), CAPTION_MAX);
            if (!found.isEmpty()) {
                return Optional.of(new EvidenceRefusal(EvidenceProblem.CAPTION_INVALID, found.get(0).message(),
                        EvidenceFileName.clean(file.originalName())));
            }
        }
        return Optional.empty();
    }

    private Optional<EvidenceRefusal> checkSize(String name, long size) {
        if (size == 0) {
            return Optional.of(new EvidenceRefusal(EvidenceProblem.FILE_EMPTY, Message.format(
                    "Tệp “%s” rỗng (0 byte).", "The file \"%s\" is empty (0 bytes).", name), name));
        }
        long max = limits.maxFileSize().toBytes();
        if (size > max) {
            return Optional.of(new EvidenceRefusal(EvidenceProblem.FILE_TOO_LARGE, Message.format(
                    "Tệp “%s” (%d byte) lớn hơn giới hạn %s (%d byte) của một tệp minh chứng.",
                    "The file \"%s\" (%d bytes) is larger than the limit of %s (%d bytes) for one evidence file.",
                    name, size, megabytes(max), max), name));
        }
        return Optional.empty();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The access and status refusals, else the closed campaign's ({@code CAMPAIGN_CLOSED} after the grace days). */
    private List<Violation> withClosing(List<Violation> denied, Registration registration) {
        Campaigns known = campaigns;
        if (!denied.isEmpty() || known == null) {
            return denied;
        }
        return known.findByCode(registration.campaign())
                .map(c -> CampaignOpenPolicy.changeAfterClosing(c, LocalDate.now(clock), true))
                .orElse(List.of());
    }
}
