package vn.campaign.api.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Work;

/**
 * {@code Work.evidence} and {@code Event.evidence}: the evidence of a page of works or events, read in one
 * round trip. A caller who sees a registration sees its evidence, so no other check is made here.
 */
@Controller
public class EvidenceGraphQlController {

    private final EvidenceService evidence;

    /**
     * A controller over the evidence service.
     *
     * @param evidence the service
     */
    public EvidenceGraphQlController(EvidenceService evidence) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * The evidence of a batch of works.
     *
     * @param works the works
     * @return each work's evidence, oldest first
     */
    @BatchMapping(typeName = "Work", field = "evidence")
    public Map<Work, List<EvidenceFile>> workEvidence(List<Work> works) {
        return of(works);
    }

    /**
     * The evidence of a batch of events.
     *
     * @param events the events
     * @return each event's evidence, oldest first
     */
    @BatchMapping(typeName = "Event", field = "evidence")
    public Map<Event, List<EvidenceFile>> eventEvidence(List<Event> events) {
        return of(events);
    }

    /**
     * A piece's id, the one {@code /api/evidence/{id}} takes.
     *
     * @param file the piece
     * @return its id
     */
    @SchemaMapping(typeName = "Evidence", field = "id")
    public String id(EvidenceFile file) {
        return file.id().value();
    }

    /**
     * A piece's digest.
     *
     * @param file the piece
     * @return 64 hexadecimal digits
     */
    @SchemaMapping(typeName = "Evidence", field = "sha256")
    public String sha256(EvidenceFile file) {
        return file.sha256().hex();
    }

    /**
     * Where a piece is downloaded.
     *
     * @param file the piece
     * @return its path
     */
    @SchemaMapping(typeName = "Evidence", field = "url")
    public String url(EvidenceFile file) {
        return EvidenceController.url(file.id());
    }

    private <R extends Registration> Map<R, List<EvidenceFile>> of(List<R> registrations) {
        Map<RegistrationId, List<EvidenceFile>> found = evidence.evidenceOf(registrations.stream().map(Registration::id)
                .toList());
        Map<R, List<EvidenceFile>> byRegistration = new LinkedHashMap<>();
        registrations.forEach(r -> byRegistration.put(r, found.getOrDefault(r.id(), List.of())));
        return byRegistration;
    }
}
