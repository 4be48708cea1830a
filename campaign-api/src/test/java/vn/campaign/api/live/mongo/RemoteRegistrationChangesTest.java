package vn.campaign.api.live.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import com.mongodb.client.model.changestream.OperationType;

import vn.campaign.api.mongo.MongoRegistrations;
import vn.campaign.api.mongo.RegistrationMapper;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;

/**
 * An event of the registrations' change stream becomes the change the writing instance published, for the
 * instances that did not write it; the writer's own events, and writes that change no registration, become
 * nothing.
 */
class RemoteRegistrationChangesTest {

    private static final InstanceId HERE = InstanceId.random();
    private static final InstanceId THERE = InstanceId.random();
    private static final UnitCode TRAN_PHU = new UnitCode("18070");
    private static final Visibility PUBLIC = new Visibility(false, null);
    private static final Visibility OTHER_WARD = new Visibility(false, new UnitCode("18076"));

    private final MappingMongoConverter converter = converter();
    private final RemoteRegistrationChanges here = new RemoteRegistrationChanges(HERE, converter);

    private final Work registered = Work.register(Directive32.CODE, TRAN_PHU,
            WorkDetails.of("Khánh thành nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19)));
    private final Work approved = registered.withStatus(RegistrationStatus.APPROVED, null, null);
    private final Work cancelled = approved.withStatus(RegistrationStatus.CANCELLED, "Hoãn sang năm sau", null);

    @Test
    void anInsertByAnotherInstanceIsANewRegistration() {
        StoredChange change = here.translate(OperationType.INSERT, null, stored(registered, THERE), List.of())
                .orElseThrow();

        assertThat(change.before()).isNull();
        assertThat(change.after()).isEqualTo(registered);
        assertThat(change.seenWith(new Visibility(false, TRAN_PHU))).contains(StoredChange.Kind.CREATED);
        assertThat(change.seenWith(PUBLIC)).as("a registered work is not public").isEmpty();
    }

    @Test
    void anInsertByThisInstanceIsSkippedForItPublishedItAlready() {
        assertThat(here.translate(OperationType.INSERT, null, stored(registered, HERE), List.of())).isEmpty();
    }

    @Test
    void anUpdateByThisInstanceIsSkippedForItPublishedItAlready() {
        assertThat(here.translate(OperationType.UPDATE, stored(registered, THERE), stored(approved, HERE),
                List.of("status", "version"))).isEmpty();
    }

    @Test
    void anApprovalByAnotherInstanceBringsTheWorkIntoThePublicView() {
        StoredChange change = here.translate(OperationType.UPDATE, stored(registered, THERE),
                stored(approved, THERE), List.of("status", "version", "history", "updatedAt")).orElseThrow();

        assertThat(change.before()).isEqualTo(registered);
        assertThat(change.after()).isEqualTo(approved);
        assertThat(change.statusChanged()).isTrue();
        assertThat(change.seenWith(new Visibility(true, null))).contains(StoredChange.Kind.STATUS_CHANGED);
        assertThat(change.seenWith(OTHER_WARD)).contains(StoredChange.Kind.CREATED);
    }

    @Test
    void aCancellationByAnotherInstanceRemovesTheWorkFromThePublicView() {
        StoredChange change = here.translate(OperationType.UPDATE, stored(approved, THERE), stored(cancelled, THERE),
                List.of("status", "statusReason", "version")).orElseThrow();

        assertThat(change.seenWith(PUBLIC)).contains(StoredChange.Kind.REMOVED_FROM_VIEW);
        assertThat(change.seenWith(new Visibility(false, TRAN_PHU))).contains(StoredChange.Kind.STATUS_CHANGED);
    }

    @Test
    void theMoveOfAPendingAuditEntryToTheTrailIsNoChange() {
        Document withEntry = stored(registered, THERE).append("auditOutbox", List.of(new Document("_id", "entry-1")));
        Document moved = stored(registered, THERE).append("auditOutbox", List.of());

        assertThat(here.translate(OperationType.UPDATE, withEntry, moved, List.of("auditOutbox"))).isEmpty();
    }

    @Test
    void withoutAnImageBeforeTheUpdateANewVersionIsPublishedAsNew() {
        StoredChange change = here.translate(OperationType.UPDATE, null, stored(approved, THERE),
                List.of("status", "version")).orElseThrow();

        assertThat(change.before()).isNull();
        assertThat(change.after()).isEqualTo(approved);
        assertThat(here.translate(OperationType.UPDATE, null, stored(approved, THERE), List.of("auditOutbox")))
                .as("without the version among the fields, the update changed no registration").isEmpty();
    }

    @Test
    void aDocumentWithoutAWriterIsAnotherInstancesWrite() {
        Document unstamped = stored(registered, THERE);
        unstamped.remove(MongoRegistrations.WRITTEN_BY);

        assertThat(here.translate(OperationType.INSERT, null, unstamped, List.of())).isPresent();
    }

    @Test
    void deletesAndEventsWithoutADocumentAreNoChange() {
        assertThat(here.translate(OperationType.DELETE, stored(registered, THERE), null, List.of())).isEmpty();
        assertThat(here.translate(OperationType.UPDATE, stored(registered, THERE), null, List.of("version")))
                .isEmpty();
        assertThat(here.translate(OperationType.OTHER, null, stored(registered, THERE), List.of())).isEmpty();
    }

    /** The document as MongoRegistrations stores it, stamped by an instance. */
    private Document stored(Registration registration, InstanceId writer) {
        Document document = new Document();
        converter.write(RegistrationMapper.toDocument(registration), document);
        return document.append(MongoRegistrations.WRITTEN_BY, writer.value());
    }

    private static MappingMongoConverter converter() {
        MongoMappingContext context = new MongoMappingContext();
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.afterPropertiesSet();
        return converter;
    }
}
