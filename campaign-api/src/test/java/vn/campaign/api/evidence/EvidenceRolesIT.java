package vn.campaign.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.evidence.EvidenceEndpoint.Part;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;

/**
 * Who may upload, download and remove evidence: the callers of the role tests (anonymous, a viewer, the
 * officer of Phường Trần Phú whose work it is, the officer of Phường Bắc Hà, the city) against a work of
 * Trần Phú that is only registered (not public) and one that is approved (public).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceRolesIT extends EmbeddedStoreTestBase {

    private static final String TRAN_PHU = "18070";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private String registered;
    private String approved;
    private String onRegistered;
    private String onApproved;

    @BeforeAll
    void aRegisteredAndAnApprovedWorkOfTranPhuEachWithAPhoto() {
        registered = GlobalId.of(work());
        Work toApprove = work();
        approved = GlobalId.of(platform.registrationService().changeWorkStatus(
                ChangeStatus.approve(toApprove.id().value(), 0)).value());
        EvidenceEndpoint officer = EvidenceEndpoint.as(context, TestTokens.unitOfficer(TRAN_PHU));
        onRegistered = uploaded(officer.upload(registered, Part.of("ảnh.jpg", EvidenceFiles.jpeg(3000))));
        onApproved = uploaded(officer.upload(approved, Part.of("ảnh.jpg", EvidenceFiles.jpeg(3000))));
    }

    @ParameterizedTest(name = "{0} uploads to a registered work: {1}")
    @CsvSource({"ANONYMOUS, 401, UNAUTHORIZED", "VIEWER, 403, FORBIDDEN", "OFFICER_18070, 201, ", "OFFICER_18076, 404, NOT_FOUND",
        "CITY_ADMIN, 201, "})
    void uploadToARegisteredWork(Caller caller, int status, String code) {
        MockHttpServletResponse response = as(caller).upload(registered, Part.of("ảnh.png", EvidenceFiles.png(2000)));

        assertAnswer(response, status, code);
        if (status == 401) {
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @ParameterizedTest(name = "{0} uploads to an approved work: {1}")
    @CsvSource({"ANONYMOUS, 401, UNAUTHORIZED", "VIEWER, 403, FORBIDDEN", "OFFICER_18070, 201, ",
        "OFFICER_18076, 403, FORBIDDEN", "CITY_ADMIN, 201, "})
    void uploadToAnApprovedWork(Caller caller, int status, String code) {
        assertAnswer(as(caller).upload(approved, Part.of("ảnh.png", EvidenceFiles.png(2000))), status, code);
    }

    @ParameterizedTest(name = "{0} downloads evidence of a registered work: {1}")
    @CsvSource({"ANONYMOUS, 404", "VIEWER, 200", "OFFICER_18070, 200", "OFFICER_18076, 404", "CITY_ADMIN, 200"})
    void downloadEvidenceOfARegisteredWork(Caller caller, int status) {
        assertThat(as(caller).download(onRegistered).getStatus()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} downloads evidence of an approved work: {1}")
    @CsvSource({"ANONYMOUS, 200", "VIEWER, 200", "OFFICER_18070, 200", "OFFICER_18076, 200", "CITY_ADMIN, 200"})
    void evidenceIsPublicOnceItsRegistrationIs(Caller caller, int status) {
        assertThat(as(caller).download(onApproved).getStatus()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} removes evidence a Trần Phú officer uploaded: {1}")
    @CsvSource({"ANONYMOUS, 401, UNAUTHORIZED", "VIEWER, 403, FORBIDDEN", "OFFICER_18076, 404, NOT_FOUND"})
    void othersMayNotRemoveEvidence(Caller caller, int status, String code) {
        assertAnswer(as(caller).delete(onRegistered), status, code);
        assertThat(as(Caller.CITY_ADMIN).download(onRegistered).getStatus()).isEqualTo(200);
    }

    @ParameterizedTest(name = "another officer of the unit may not remove what an officer uploaded")
    @CsvSource("officer.colleague")
    void aColleagueOfTheUploaderMayNotRemoveIt(String subject) {
        EvidenceEndpoint colleague = EvidenceEndpoint.as(context, TestTokens.user(subject, "UNIT_OFFICER", TRAN_PHU));

        assertAnswer(colleague.delete(onApproved), 403, "FORBIDDEN");
    }

    @ParameterizedTest(name = "{0} removes evidence it may remove")
    @CsvSource({"OFFICER_18070", "CITY_ADMIN"})
    void theUploaderAndTheCityMayRemoveEvidence(Caller caller) {
        String piece = uploaded(EvidenceEndpoint.as(context, TestTokens.unitOfficer(TRAN_PHU)).upload(registered,
                Part.of("biên bản.pdf", EvidenceFiles.pdf(3000))));

        assertThat(as(caller).delete(piece).getStatus()).isEqualTo(204);
        assertThat(as(Caller.CITY_ADMIN).download(piece).getStatus()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} lists the evidence of an approved work in GraphQL")
    @CsvSource({"ANONYMOUS", "VIEWER", "OFFICER_18076"})
    void whoeverSeesAWorkSeesItsEvidence(Caller caller) {
        assertThat(as(caller).evidenceInGraphQl(approved)).isNotEmpty();
    }

    private EvidenceEndpoint as(Caller caller) {
        return EvidenceEndpoint.as(context, caller.token());
    }

    private static void assertAnswer(MockHttpServletResponse response, int status, String code) {
        assertThat(response.getStatus()).as(new String(response.getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(status);
        if (code != null) {
            assertThat(EvidenceEndpoint.json(response).get("code").asString()).isEqualTo(code);
            assertThat(EvidenceEndpoint.json(response).get("messageVi").asString()).isNotBlank();
        }
    }

    private static String uploaded(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(201);
        return EvidenceEndpoint.json(response).get("evidence").get(0).get("id").asString();
    }

    private Work work() {
        return platform.registrationService().registerWork(new RegisterWork("CT32-2022", TRAN_PHU,
                WorkDetails.of("Nhà văn hóa " + UUID.randomUUID(), WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))))
                .value();
    }
}
