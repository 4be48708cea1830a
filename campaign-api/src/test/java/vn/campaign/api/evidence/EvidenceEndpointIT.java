package vn.campaign.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.evidence.EvidenceEndpoint.Part;
import vn.campaign.api.evidence.mongo.GridFsEvidenceStore;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.api.support.StoreCleanup;

/**
 * Evidence through HTTP and GraphQL on the embedded store (GridFS included): uploading, listing, downloading
 * and removing; the same file stored once; hostile uploads refused with nothing stored; a campaign that
 * requires evidence before completion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceEndpointIT extends EmbeddedStoreTestBase {

    static final String CT32 = "CT32-2022";
    static final String TRAN_PHU = "18070";
    private static final String EVIDENCE_CAMPAIGN = "EVID-IT-2022";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private EvidenceEndpoint officer;
    private EvidenceEndpoint city;

    @BeforeAll
    void callersAndACampaignThatRequiresEvidence() {
        officer = EvidenceEndpoint.as(context, TestTokens.unitOfficer(TRAN_PHU));
        city = EvidenceEndpoint.as(context, TestTokens.cityAdmin());
        platform.campaigns().save(CampaignDefinitions.parse("""
                code: %s
                name: "Đợt thi đua cần minh chứng"
                nameEn: "A campaign that requires evidence"
                directive: {number: "99-CT/TEST", issuedOn: "2022-03-01", issuer: "Ban thử nghiệm", issuerEn: "Test board"}
                organiser: "436"
                period: {from: "2022-04-01", to: "2022-06-15"}
                evidenceRequired: true
                taskAreas:
                  - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
                """.formatted(EVIDENCE_CAMPAIGN)).orThrow());
    }

    @AfterAll
    void removeTheCampaign() {
        StoreCleanup.removeRegistrations(mongoTemplate(), EVIDENCE_CAMPAIGN);
        mongoTemplate().remove(Query.query(Criteria.where("_id").is(EVIDENCE_CAMPAIGN)), CampaignDocument.COLLECTION);
    }

    @Test
    void uploadsListsDownloadsAndRemovesEvidence() throws Exception {
        String work = GlobalId.of(work(CT32));
        byte[] photo = EvidenceFiles.jpeg(50_000);
        byte[] minutes = EvidenceFiles.pdf(20_000);

        MockHttpServletResponse uploaded = officer.upload(work,
                new Part("Ảnh lễ khánh thành.jpg", photo, "Cắt băng khánh thành, ngày 19/5"),
                Part.of("Biên bản nghiệm thu.pdf", minutes));

        assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(201);
        JsonNode answered = EvidenceEndpoint.json(uploaded).get("evidence");
        assertThat(answered).hasSize(2);
        assertThat(answered.get(0).get("fileName").asString()).isEqualTo("Ảnh lễ khánh thành.jpg");
        assertThat(answered.get(0).get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(answered.get(0).get("size").asLong()).isEqualTo(photo.length);
        assertThat(answered.get(0).get("sha256").asString()).isEqualTo(sha256(photo));
        assertThat(answered.get(1).get("contentType").asString()).isEqualTo("application/pdf");

        JsonNode listed = officer.evidenceInGraphQl(work);
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(answered.get(0).get("id").asString());
        assertThat(listed.get(0).get("caption").asString()).as("a caption with a comma stays whole")
                .isEqualTo("Cắt băng khánh thành, ngày 19/5");
        assertThat(listed.get(1).get("caption").isNull()).isTrue();
        assertThat(listed.get(0).get("uploadedBy").asString()).isEqualTo("officer." + TRAN_PHU);
        assertThat(listed.get(0).get("uploadedAt").asString()).isNotBlank();
        assertThat(listed.get(0).get("size").asLong()).isEqualTo(photo.length);
        assertThat(listed.get(0).get("sha256").asString()).isEqualTo(sha256(photo));

        String photoId = answered.get(0).get("id").asString();
        MockHttpServletResponse download = officer.download(photoId);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(photo);
        assertThat(download.getContentType()).isEqualTo("image/jpeg");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%E1%BA%A2nh%20l%E1%BB%85%20kh%C3%A1nh%20th%C3%A0nh.jpg");

        assertThat(officer.delete(photoId).getStatus()).isEqualTo(204);
        assertThat(officer.evidenceInGraphQl(work)).hasSize(1);
        assertThat(officer.download(photoId).getStatus()).isEqualTo(404);
        assertThat(officer.delete(photoId).getStatus()).isEqualTo(404);
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() {
        String work = GlobalId.of(work(CT32));
        byte[] photo = EvidenceFiles.jpeg(30_000);
        long files = count("files");

        String first = EvidenceEndpoint.json(officer.upload(work, Part.of("ảnh.jpg", photo))).get("evidence").get(0)
                .get("id").asString();
        JsonNode again = EvidenceEndpoint.json(city.upload(work, Part.of("ảnh (bản sao).jpg", photo),
                Part.of("ảnh lần nữa.jpg", photo))).get("evidence");

        assertThat(again.get(0).get("id").asString()).isEqualTo(first);
        assertThat(again.get(1).get("id").asString()).isEqualTo(first);
        assertThat(count("files")).isEqualTo(files + 1);
        assertThat(officer.evidenceInGraphQl(work)).hasSize(1);
    }

    @Test
    void theSameFileMayBeEvidenceOfTwoRegistrations() {
        byte[] photo = EvidenceFiles.jpeg(10_000);
        String one = GlobalId.of(work(CT32));
        String other = GlobalId.of(work(CT32));

        assertThat(officer.upload(one, Part.of("ảnh.jpg", photo)).getStatus()).isEqualTo(201);
        assertThat(officer.upload(other, Part.of("ảnh.jpg", photo)).getStatus()).isEqualTo(201);

        assertThat(officer.evidenceInGraphQl(one)).hasSize(1);
        assertThat(officer.evidenceInGraphQl(other)).hasSize(1);
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("a Linux executable renamed .jpg", "ảnh.jpg", EvidenceFiles.elf(), 415, "FILE_TYPE_NOT_ALLOWED"),
                Arguments.of("a Windows executable renamed .jpg", "ảnh.jpg", EvidenceFiles.windowsExecutable(), 415,
                        "FILE_TYPE_NOT_ALLOWED"),
                Arguments.of("a JPEG that declares itself a PDF", "biên bản.pdf", EvidenceFiles.jpeg(5000), 415,
                        "FILE_TYPE_MISMATCH"),
                Arguments.of("a file of 0 bytes", "ảnh.jpg", new byte[0], 400, "FILE_EMPTY"),
                Arguments.of("a file over the 10 MB limit", "ảnh lớn.jpg", EvidenceFiles.jpeg(10 * 1024 * 1024 + 1), 413,
                        "FILE_TOO_LARGE"),
                Arguments.of("a zip bomb inside a DOCX", "biên bản.docx", EvidenceFiles.docxBomb(), 422, "FILE_UNSAFE"),
                Arguments.of("a spreadsheet named .docx", "biên bản.docx", EvidenceFiles.xlsxLike(), 415,
                        "FILE_TYPE_NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void refusesAHostileFileAndStoresNothingOfTheRequest(String what, String name, byte[] bytes, int status, String code)
            throws Exception {
        String work = GlobalId.of(work(CT32));
        long files = count("files");
        long chunks = count("chunks");

        MockHttpServletResponse refused = officer.upload(work, Part.of("ảnh tốt.jpg", EvidenceFiles.jpeg(20_000)),
                Part.of(name, bytes));

        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(status);
        assertThat(refused.getContentType()).startsWith("application/json");
        JsonNode body = EvidenceEndpoint.json(refused);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("file").asString()).isEqualTo(name);
        assertThat(body.get("message").asString()).contains(name);
        assertThat(body.get("messageVi").asString()).contains(name);
        assertThat(count("files")).as("GridFS files").isEqualTo(files);
        assertThat(count("chunks")).as("GridFS chunks").isEqualTo(chunks);
        assertThat(officer.evidenceInGraphQl(work)).isEmpty();
    }

    @Test
    void aPathInTheFileNameIsDropped() {
        String work = GlobalId.of(work(CT32));

        JsonNode evidence = EvidenceEndpoint.json(officer.upload(work, Part.of("../../ảnh.jpg", EvidenceFiles.jpeg(2000)),
                Part.of("C:\\Users\\cb\\biên bản.pdf", EvidenceFiles.pdf(2000)))).get("evidence");

        assertThat(evidence.get(0).get("fileName").asString()).isEqualTo("ảnh.jpg");
        assertThat(evidence.get(1).get("fileName").asString()).isEqualTo("biên bản.pdf");
    }

    @Test
    void moreCaptionsThanFilesAreRefused() {
        String work = GlobalId.of(work(CT32));

        MockHttpServletResponse refused = officer.upload(work, List.of("một", "hai"),
                Part.of("ảnh.jpg", EvidenceFiles.jpeg(2000)));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(EvidenceEndpoint.json(refused).get("code").asString()).isEqualTo("CAPTION_INVALID");
        assertThat(officer.evidenceInGraphQl(work)).isEmpty();
    }

    @Test
    void aRequestWithoutFilesIsRefused() {
        MockHttpServletResponse refused = officer.upload(GlobalId.of(work(CT32)));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(EvidenceEndpoint.json(refused).get("code").asString()).isEqualTo("FILE_MISSING");
    }

    @Test
    void anUnknownOrMalformedRegistrationIsNotFound() {
        assertThat(officer.upload("not-an-id", Part.of("ảnh.jpg", EvidenceFiles.jpeg(2000))).getStatus()).isEqualTo(404);
        assertThat(officer.download("0123456789abcdef01234567").getStatus()).isEqualTo(404);
        assertThat(officer.download("not-an-evidence-id").getStatus()).isEqualTo(404);
        assertThat(officer.delete("not-an-evidence-id").getStatus()).isEqualTo(404);
    }

    @Test
    void eventsTakeEvidenceToo() {
        Event event = platform.registrationService().registerEvent(new RegisterEvent(CT32, TRAN_PHU,
                EventDetails.of("Giải chạy " + UUID.randomUUID(), EventKind.SPORTS, LocalDate.of(2022, 5, 15), null)))
                .value();

        assertThat(officer.upload(GlobalId.of(event), Part.of("ảnh.png", EvidenceFiles.png(3000))).getStatus())
                .isEqualTo(201);

        assertThat(officer.evidenceInGraphQl(GlobalId.of(event))).hasSize(1);
    }

    @Test
    void completionNeedsEvidenceWhenTheCampaignRequiresItAndFreezesIt() {
        Work work = work(EVIDENCE_CAMPAIGN);
        Work approved = (Work) platform.registrationService().changeStatus(ChangeStatus.approve(work.id().value(), 0))
                .value();
        String id = GlobalId.of(approved);

        JsonNode refused = complete(id, approved.version());
        assertThat(refused.get("work").isNull()).isTrue();
        assertThat(refused.get("userErrors").get(0).get("code").asString()).isEqualTo("EVIDENCE_REQUIRED");

        String photo = EvidenceEndpoint.json(officer.upload(id, Part.of("ảnh.jpg", EvidenceFiles.jpeg(4000))))
                .get("evidence").get(0).get("id").asString();
        JsonNode completed = complete(id, approved.version());
        assertThat(completed.get("userErrors")).isEmpty();
        assertThat(completed.get("work").get("status").asString()).isEqualTo("COMPLETED");

        MockHttpServletResponse late = officer.upload(id, Part.of("ảnh 2.jpg", EvidenceFiles.jpeg(4000)));
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(EvidenceEndpoint.json(late).get("code").asString()).isEqualTo("EVIDENCE_LOCKED");
        assertThat(city.delete(photo).getStatus()).isEqualTo(409);
        assertThat(city.download(photo).getStatus()).isEqualTo(200);
    }

    @Test
    void directive32CompletesWithoutEvidence() {
        Work work = work(CT32);
        Work approved = (Work) platform.registrationService().changeStatus(ChangeStatus.approve(work.id().value(), 0))
                .value();

        JsonNode completed = complete(GlobalId.of(approved), approved.version());

        assertThat(completed.get("userErrors")).isEmpty();
    }

    private JsonNode complete(String id, long version) {
        JsonNode answer = city.graphQl("mutation($input: CompleteWorkInput!) { completeWork(input: $input) {"
                + " work { status evidence { id } } userErrors { code field message } } }",
                Map.of("input", Map.of("id", id, "expectedVersion", version, "actualOn", "2022-06-10")));
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.get("data").get("completeWork");
    }

    private Work work(String campaign) {
        return platform.registrationService().registerWork(new RegisterWork(campaign, TRAN_PHU,
                WorkDetails.of("Nhà văn hóa " + UUID.randomUUID(), WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))))
                .value();
    }

    private long count(String collection) {
        return mongoTemplate().getCollection(GridFsEvidenceStore.BUCKET + "." + collection).countDocuments();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
