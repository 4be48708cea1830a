package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.audit.AuditEntry;

/**
 * {@code scripts/dev-token.sh}, run as the README says, mints a token the service accepts as the user it
 * names: a unit officer's token registers for their ward, is refused for another, and signs the audit
 * trail with its subject. Wrong command lines exit 64 with a message; a token minted with another secret is
 * refused.
 */
class DevTokenScriptIT extends EmbeddedStoreTestBase {

    private static final String REGISTER = """
            mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { id } userErrors { code } } }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Test
    void mintsAUnitOfficersTokenThatActsForTheirWardOnly() throws Exception {
        Run run = script(Map.of(), "--role", "UNIT_OFFICER", "--unit", "18070", "--sub", "canbo.tranphu",
                "--minutes", "5");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().strip()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        SecuredEndpoint officer = SecuredEndpoint.withToken(context, run.stdout().strip());

        Map<String, Object> own = GraphQlHttp.post(officer.client(), REGISTER, Map.of("input", work("18070")));
        Map<String, Object> other = GraphQlHttp.post(officer.client(), REGISTER, Map.of("input", work("18076")));

        String id = (String) GraphQlHttp.at(own, "data.registerWork.work.id");
        assertThat(id).isNotNull();
        List<AuditEntry> trail = platform.auditLog().findByObject(GlobalId.decode(id).orElseThrow().key());
        assertThat(trail).extracting(AuditEntry::actor).containsExactly("canbo.tranphu");
        assertThat(GraphQlHttp.classifications(other)).containsExactly("FORBIDDEN");
    }

    @Test
    void mintsACityAdministratorsTokenWithADefaultSubject() throws Exception {
        Run run = script(Map.of(), "--role", "CITY_ADMIN");
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.withToken(context, run.stdout().strip()).client(),
                "{ auditTrail(first: 1) { totalCount } }", Map.of());

        assertThat(response).doesNotContainKey("errors");
    }

    @Test
    void refusesWrongCommandLinesWithExitCode64AndAMessage() throws Exception {
        assertThat(script(Map.of(), "--role", "UNIT_OFFICER")).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(64);
            assertThat(run.stderr()).contains("a UNIT_OFFICER needs --unit");
            assertThat(run.stdout()).isEmpty();
        });
        assertThat(script(Map.of(), "--role", "ROOT").stderr())
                .contains("--role must be CITY_ADMIN, UNIT_OFFICER or VIEWER, was 'ROOT'");
        assertThat(script(Map.of(), "--role", "VIEWER", "--minutes", "0").exitCode()).isEqualTo(64);
        assertThat(script(Map.of(), "--role", "VIEWER", "--sub", "a\"b").exitCode()).isEqualTo(64);
        assertThat(script(Map.of(), "--role", "VIEWER", "--unit", "18070").exitCode()).isEqualTo(64);
    }

    @Test
    void signsWithTheSecretInTheEnvironmentWhichThisServerDoesNotShare() throws Exception {
        Run run = script(Map.of("CAMPAIGN_SECURITY_JWT_SECRET", "another-secret-of-at-least-thirty-two-bytes"),
                "--role", "CITY_ADMIN");
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        SecuredEndpoint.withToken(context, run.stdout().strip()).client().post()
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ campaigns { code } }"))
                .exchange().expectStatus().isUnauthorized();
    }

    private static Map<String, Object> work(String unit) {
        return Map.of("campaignCode", "CT32-2022", "unitCode", unit, "name", "Khánh thành đường " + UUID.randomUUID(),
                "kind", "INAUGURATION", "plannedOn", "2022-05-19", "taskAreaCode", "URBAN");
    }

    /** The script, found by walking up from the working directory to the repository root. */
    private static Path scriptPath() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("scripts").resolve("dev-token.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("scripts/dev-token.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static Run script(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", scriptPath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CAMPAIGN_SECURITY_JWT_SECRET");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("dev-token", ".out");
        Path err = Files.createTempFile("dev-token", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the script ends").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * What a run of the script printed.
     *
     * @param exitCode its exit code
     * @param stdout   its standard output
     * @param stderr   its standard error
     */
    record Run(int exitCode, String stdout, String stderr) {
    }
}
