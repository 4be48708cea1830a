package vn.campaign.example.embedder;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.DefinitionResult;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.Violation;

/**
 * A city system embedding the campaign core: it loads Directive 32 and the units of Hà Tĩnh City, defines a
 * second campaign from a YAML document on its class path, registers, approves and completes works and an event
 * through the core's application services, shows a refused registration, and prints each campaign's compliance.
 * Any unexpected answer of the core ends the program with exit status 1.
 */
public final class EmbedderExample {

    /** The second campaign's definition, a resource of this program. */
    static final String DEFINITION = "/quoc-khanh-2023.yaml";

    private EmbedderExample() {
    }

    /**
     * Runs the example on standard output; exits with status 1 when something goes wrong.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try {
            run(System.out);
        } catch (RuntimeException | IOException e) {
            System.err.println("embedder example failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs the example.
     *
     * @param out where the compliance lines go
     * @throws IOException when the definition cannot be read
     * @throws IllegalStateException when the core answers something the example does not expect
     */
    static void run(PrintStream out) throws IOException {
        CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemDefaultZone()); // Directive 32 + units
        Campaign second = loadDefinition();
        platform.campaigns().save(second);
        out.println("Campaigns: CT32-2022, " + second.code().value() + " (" + second.nameEn() + ")");

        RegistrationService registrations = platform.registrationService();
        // Directive 32: Phường Trần Phú registers a work and a festival; the city approves both, and records that
        // both took place: once a campaign has ended, only completed registrations meet an obligation.
        Work work = expect(registrations.registerWork(new RegisterWork("CT32-2022", "18070",
                WorkDetails.of("Khánh thành Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))
                        .withTaskArea(new TaskAreaCode("CULTURE")))));
        Work approved = expect(registrations.changeWorkStatus(ChangeStatus.approve(work.id().value(), work.version())));
        expect(registrations.changeWorkStatus(ChangeStatus.complete(approved.id().value(), approved.version(),
                LocalDate.of(2022, 5, 19))));
        Event festival = expect(registrations.registerEvent(new RegisterEvent("CT32-2022", "18070",
                EventDetails.of("Lễ hội Văn hóa ẩm thực phường Trần Phú", EventKind.TRADITIONAL_FESTIVAL,
                        LocalDate.of(2022, 5, 28), LocalDate.of(2022, 5, 29)))));
        Event approvedFestival = expect(registrations.changeEventStatus(ChangeStatus.approve(festival.id().value(),
                festival.version())));
        expect(registrations.changeEventStatus(ChangeStatus.complete(approvedFestival.id().value(),
                approvedFestival.version(), LocalDate.of(2022, 5, 29))));

        // The YAML campaign: Phường Nam Hà breaks ground on a work, approved and held; a date after the campaign is
        // refused.
        Work groundbreaking = expect(registrations.registerWork(new RegisterWork(second.code().value(), "18073",
                WorkDetails.of("Khởi công Trường Mầm non Nam Hà", WorkKind.GROUNDBREAKING, LocalDate.of(2023, 8, 25))
                        .withTaskArea(new TaskAreaCode("URBAN")))));
        Work approvedGroundbreaking = expect(registrations.changeWorkStatus(ChangeStatus.approve(
                groundbreaking.id().value(), groundbreaking.version())));
        expect(registrations.changeWorkStatus(ChangeStatus.complete(approvedGroundbreaking.id().value(),
                approvedGroundbreaking.version(), LocalDate.of(2023, 8, 25))));
        Outcome<Work> late = registrations.registerWork(new RegisterWork(second.code().value(), "18076",
                WorkDetails.of("Khánh thành Công viên Bắc Hà", WorkKind.INAUGURATION, LocalDate.of(2023, 9, 10))
                        .withTaskArea(new TaskAreaCode("URBAN"))));
        if (late.isSuccess()) {
            throw new IllegalStateException("a work planned after the campaign was accepted");
        }
        out.println("Refused: " + late.violations().stream().map(v -> v.code() + " " + v.field() + " (" + v.message().en() + ")")
                .collect(Collectors.joining("; ")));

        printCompliance(out, platform, "CT32-2022");
        printCompliance(out, platform, second.code().value());
    }

    private static Campaign loadDefinition() throws IOException {
        try (InputStream in = EmbedderExample.class.getResourceAsStream(DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException("the campaign definition " + DEFINITION + " is not on the class path");
            }
            DefinitionResult result = CampaignDefinitions.parse(in);
            if (result instanceof DefinitionResult.Refused refused) {
                throw new IllegalStateException("the campaign definition is refused: " + refused.problem());
            }
            return result.orThrow();
        }
    }

    private static void printCompliance(PrintStream out, CampaignPlatform platform, String campaign) {
        ComplianceReport report = expect(platform.complianceService().evaluate(campaign));
        out.println(campaign + ": " + report.compliantUnits() + " of " + report.requiredUnits()
                + " wards and communes comply");
        for (UnitCompliance unit : report.nonCompliant()) {
            out.println("  " + unit.unit().name() + ": " + unit.unmet().stream()
                    .map(o -> o.obligation().code() + " " + o.status()).toList());
        }
    }

    private static <T> T expect(Outcome<T> outcome) {
        if (!outcome.isSuccess()) {
            throw new IllegalStateException("the core refused: " + outcome.violations().stream()
                    .map(Violation::toString).collect(Collectors.joining("; ")));
        }
        return outcome.value();
    }
}
