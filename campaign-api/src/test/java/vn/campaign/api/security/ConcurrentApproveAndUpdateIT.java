package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.Race;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;

/**
 * Twelve requests at once on one work, all naming version 0: six approvals by the city and six edits by
 * the ward's officer. Exactly one wins; the eleven others are refused with CONFLICT; the stored work is the
 * winner's, at version 1; the audit trail holds the registration and the one winning change — nothing is
 * lost and nothing is recorded twice.
 */
class ConcurrentApproveAndUpdateIT extends EmbeddedStoreTestBase {

    private static final int EACH = 6;

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private ExecutorService pool;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(2 * EACH);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @RepeatedTest(3)
    void letsExactlyOneOfConcurrentApprovalsAndEditsOfOneVersionWin() throws Exception {
        Work work = platform.registrationService().registerWork(new RegisterWork("CT32-2022", "18070",
                WorkDetails.of("Khánh thành đường " + UUID.randomUUID(), WorkKind.INAUGURATION,
                        LocalDate.of(2022, 5, 19)).withTaskArea(new TaskAreaCode("URBAN")))).value();
        String id = GlobalId.of(work);
        SecuredEndpoint admin = SecuredEndpoint.as(context, Caller.CITY_ADMIN);
        SecuredEndpoint officer = SecuredEndpoint.as(context, Caller.OFFICER_18070);
        List<Callable<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            calls.add(() -> payload(GraphQlHttp.post(admin.client(), """
                    mutation($input: ApproveWorkInput!) { approveWork(input: $input) { work { status location version } userErrors { code } } }""",
                    Map.of("input", Map.of("id", id, "expectedVersion", 0))), "approveWork"));
            String location = "Đoạn " + i;
            calls.add(() -> payload(GraphQlHttp.post(officer.client(), """
                    mutation($input: UpdateWorkInput!) { updateWork(input: $input) { work { status location version } userErrors { code } } }""",
                    Map.of("input", Map.of("id", id, "expectedVersion", 0, "location", location))), "updateWork"));
        }

        List<Map<String, Object>> payloads = race(calls);

        List<Map<String, Object>> winners = payloads.stream().filter(p -> p.get("work") != null).toList();
        assertThat(winners).hasSize(1);
        assertThat(payloads).filteredOn(p -> p.get("work") == null).hasSize(2 * EACH - 1)
                .allSatisfy(p -> assertThat(p.get("userErrors")).isEqualTo(List.of(Map.of("code", "CONFLICT"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> won = (Map<String, Object>) winners.get(0).get("work");
        Registration stored = platform.registrations().findById(work.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.status().name()).isEqualTo(won.get("status"));
        assertThat(((Work) stored).details().location()).isEqualTo(won.get("location"));
        List<AuditEntry> trail = platform.auditLog().findByObject(work.id().value());
        assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.REGISTER,
                stored.status() == RegistrationStatus.APPROVED ? AuditAction.APPROVE : AuditAction.UPDATE);
        assertThat(trail.get(1).after()).containsEntry("version", "1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> response, String mutation) {
        assertThat(response).doesNotContainKey("errors");
        return (Map<String, Object>) GraphQlHttp.at(response, "data." + mutation);
    }

    private List<Map<String, Object>> race(List<Callable<Map<String, Object>>> calls) throws Exception {
        return Race.run(pool, calls);
    }
}
