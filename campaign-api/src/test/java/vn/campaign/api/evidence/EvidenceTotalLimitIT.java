package vn.campaign.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;

/**
 * The per-file and per-registration limits, with small limits (100 KB a file, 250 KB a registration) over the
 * GridFS store on the embedded server: a request that would pass the total is refused whole.
 */
class EvidenceTotalLimitIT extends EmbeddedStoreTestBase {

    private static final Actor OFFICER = new Actor.User("officer.18070", Role.UNIT_OFFICER, new UnitCode("18070"));

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private EvidenceStore store;

    @Autowired
    private Clock clock;

    private EvidenceService service() {
        return new EvidenceService(platform.registrations(), store, new FileInspector(ArchiveLimits.EVIDENCE),
                new EvidenceProperties(DataSize.ofKilobytes(100), DataSize.ofKilobytes(250), 20), clock);
    }

    @Test
    void refusesTheWholeRequestThatWouldTakeARegistrationBeyondItsTotal() throws Exception {
        RegistrationId work = work();
        EvidenceService service = service();
        byte[] first = EvidenceFiles.jpeg(100_000);
        assertThat(service.upload(OFFICER, work, List.of(upload("1.jpg", first), upload("2.jpg",
                EvidenceFiles.jpeg(100_000))))).isInstanceOf(EvidenceResult.Done.class);

        EvidenceResult<List<EvidenceFile>> refused = service.upload(OFFICER, work, List.of(
                upload("3.jpg", EvidenceFiles.jpeg(40_000)), upload("4.jpg", EvidenceFiles.jpeg(100_000))));

        assertThat(refused).isInstanceOfSatisfying(EvidenceResult.Refused.class, r -> {
            assertThat(r.refusal().problem()).isEqualTo(EvidenceProblem.EVIDENCE_TOO_LARGE);
            assertThat(r.refusal().file()).isEqualTo("4.jpg");
            assertThat(r.refusal().message().en()).contains("4.jpg", "256000 bytes");
        });
        assertThat(store.findByRegistration(work)).extracting(EvidenceFile::fileName).containsExactly("1.jpg", "2.jpg");
        assertThat(store.countFor(work)).isEqualTo(2);

        assertThat(service.upload(OFFICER, work, List.of(upload("1 (copy).jpg", first))))
                .as("a file the registration has adds nothing to its total").isInstanceOf(EvidenceResult.Done.class);
        assertThat(service.upload(OFFICER, work, List.of(upload("5.jpg", EvidenceFiles.jpeg(40_000)))))
                .as("within the total").isInstanceOf(EvidenceResult.Done.class);
        assertThat(store.countFor(work)).isEqualTo(3);
    }

    @Test
    void refusesAFileOverTheLimitPerFile() throws Exception {
        RegistrationId work = work();

        EvidenceResult<List<EvidenceFile>> refused = service().upload(OFFICER, work,
                List.of(upload("lớn.jpg", EvidenceFiles.jpeg(100 * 1024 + 1))));

        assertThat(refused).isInstanceOfSatisfying(EvidenceResult.Refused.class,
                r -> assertThat(r.refusal().problem()).isEqualTo(EvidenceProblem.FILE_TOO_LARGE));
        assertThat(store.countFor(work)).isZero();
    }

    private static EvidenceUpload upload(String name, byte[] bytes) {
        return new EvidenceUpload(name, bytes.length, null, () -> new ByteArrayInputStream(bytes));
    }

    private RegistrationId work() {
        return platform.registrationService().registerWork(new RegisterWork("CT32-2022", "18070",
                WorkDetails.of("Nhà văn hóa " + UUID.randomUUID(), WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))))
                .value().id();
    }
}
