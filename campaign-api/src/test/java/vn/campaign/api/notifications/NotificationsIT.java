package vn.campaign.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.MovableClock;
import vn.campaign.api.support.RunningServerTestBase;

/**
 * The inboxes: a status change reaches the unit's inbox, read and marked read through GraphQL; the reminders of
 * the days before the registration deadline reach the unit's inbox and its e-mail address (an in-process SMTP
 * server, GreenMail) once, however often the daily job runs.
 */
@Import(MovableClock.Configuration.class)
@TestPropertySource(properties = {
        "campaign.notifications.email.units.18100=thach-ha@example.vn",
        "campaign.notifications.email.from=thidua@example.vn",
        "campaign.notifications.reminder-cron=-"})
class NotificationsIT extends RunningServerTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private MovableClock clock;

    @Autowired
    private NotificationConfiguration.ReminderJob reminders;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Test
    void aUnitIsToldOfItsApprovalAndRemindedOnceADayOfWhatItMisses() throws MessagingException {
        clock.setTo(LocalDate.of(2022, 5, 2));
        String officer = TestTokens.unitOfficer("18100");
        String id = run(TestTokens.cityAdmin(), """
                mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { id } userErrors { code } } }""",
                Map.of("input", work())).path("registerWork").path("work").path("id").asString();
        run(TestTokens.cityAdmin(), """
                mutation($input: ApproveWorkInput!) { approveWork(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", id, "expectedVersion", 0)));

        JsonNode unread = inbox(officer, true);
        assertThat(unread).hasSize(1);
        assertThat(unread.get(0).path("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(unread.get(0).path("title").asString()).contains("Trường mầm non Thạch Hạ").contains("đã được duyệt");
        assertThat(unread.get(0).path("unitCode").asString()).isEqualTo("18100");
        assertThat(inbox(TestTokens.unitOfficer("18070"), false)).as("another unit's inbox").isEmpty();
        JsonNode marked = run(officer, """
                mutation($ids: [ID!]!) { markNotificationsRead(input: {ids: $ids}) { marked } }""",
                Map.of("ids", List.of(unread.get(0).path("id").asString())));
        assertThat(marked.path("markNotificationsRead").path("marked").asInt()).isEqualTo(1);
        assertThat(inbox(officer, true)).isEmpty();
        assertThat(inbox(officer, false)).hasSize(1);

        clock.setTo(LocalDate.of(2022, 6, 10)); // 5 days before the registration deadline, 15/06/2022
        reminders.run();
        reminders.run();

        List<String> reminded = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("thach-ha@example.vn");
            if (message.getSubject().startsWith("Nhắc")) {
                reminded.add(message.getSubject());
            }
        }
        assertThat(reminded).as("a reminder per missing obligation").isNotEmpty().doesNotHaveDuplicates();
        assertThat(reminded).allSatisfy(subject -> assertThat(subject).contains("2022-06-15"));
        List<String> inboxReminders = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        inbox(officer, true).forEach(n -> (n.path("kind").asString().equals("REMINDER") ? inboxReminders : overdue)
                .add(n.path("kind").asString() + " " + n.path("title").asString()));
        assertThat(inboxReminders).containsExactlyInAnyOrderElementsOf(
                reminded.stream().map(subject -> "REMINDER " + subject).toList());
        assertThat(overdue).as("the approved work planned for 19/05 is overdue, told once").singleElement()
                .satisfies(title -> assertThat(title).startsWith("OVERDUE").contains("Trường mầm non Thạch Hạ")
                        .contains("quá hạn 2022-05-19"));

        clock.setTo(LocalDate.of(2022, 6, 11));
        reminders.run();
        assertThat(SMTP.getReceivedMessages().length).as("the next day brings that day's reminders")
                .isGreaterThan(reminded.size() + 1);
    }

    @Test
    void aViewerHasNoInbox() {
        JsonNode answer = post(TestTokens.viewer(), "{ notifications(first: 5) { nodes { id } } }", Map.of());
        assertThat(answer.path("errors").path(0).path("message").asString()).contains("inbox");
        assertThat(answer.path("errors").path(0).path("extensions").path("messageVi").asString()).isNotBlank();
    }

    private static Map<String, Object> work() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("campaignCode", "CT32-2022");
        input.put("unitCode", "18100");
        input.put("name", "Khánh thành Trường mầm non Thạch Hạ " + System.nanoTime());
        input.put("kind", "INAUGURATION");
        input.put("plannedOn", "2022-05-19");
        input.put("taskAreaCode", "URBAN");
        return input;
    }

    private JsonNode inbox(String token, boolean unreadOnly) {
        return run(token, "query($u: Boolean) { notifications(unreadOnly: $u, first: 100) { nodes { id kind title unitCode read } } }",
                Map.of("u", unreadOnly)).path("notifications").path("nodes");
    }

    private JsonNode run(String token, String document, Map<String, Object> variables) {
        JsonNode answer = post(token, document, variables);
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.path("data");
    }

    private JsonNode post(String token, String document, Map<String, Object> variables) {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        HttpRequest request = HttpRequest.newBuilder(url("/graphql")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
