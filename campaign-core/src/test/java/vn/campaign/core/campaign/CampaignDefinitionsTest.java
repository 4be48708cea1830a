package vn.campaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

class CampaignDefinitionsTest {

    /** The smallest sensible definition; each malformed case below changes one thing in it. */
    private static final String MINIMAL_JSON = """
            {
              "code": "DEMO-2022",
              "name": "Đợt thi đua thử",
              "nameEn": "Trial campaign",
              "directive": {"number": "1-CT/ThU", "issuedOn": "2022-03-01",
                            "issuer": "Ban Thường vụ Thành ủy", "issuerEn": "Standing Board"},
              "organiser": "436",
              "period": {"from": "2022-04-01", "to": "2022-06-15"},
              "taskAreas": [
                {"code": "URBAN", "name": "Đô thị", "nameEn": "Urban"},
                {"code": "CULTURE", "name": "Văn hóa", "nameEn": "Culture"}
              ],
              "obligations": [
                {"code": "WORK_REQUIRED", "name": "Đăng ký công trình", "nameEn": "Register a work",
                 "appliesTo": ["WARD", "COMMUNE"], "registers": "WORK"}
              ],
              "targets": [
                {"code": "TREES", "taskArea": "URBAN", "name": "Trồng cây", "nameEn": "Trees",
                 "goal": 1000, "measure": "cây", "aggregation": "SUM"}
              ]
            }
            """;

    /** The same campaign as {@link #MINIMAL_JSON}, written as YAML. */
    private static final String MINIMAL_YAML = """
            code: DEMO-2022
            name: Đợt thi đua thử
            nameEn: Trial campaign
            directive:
              number: "1-CT/ThU"
              issuedOn: "2022-03-01"
              issuer: Ban Thường vụ Thành ủy
              issuerEn: Standing Board
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            taskAreas:
              - {code: URBAN, name: Đô thị, nameEn: Urban}
              - {code: CULTURE, name: Văn hóa, nameEn: Culture}
            obligations:
              - code: WORK_REQUIRED
                name: Đăng ký công trình
                nameEn: Register a work
                appliesTo: [WARD, COMMUNE]
                registers: WORK
            targets:
              - {code: TREES, taskArea: URBAN, name: Trồng cây, nameEn: Trees, goal: 1000, measure: cây, aggregation: SUM}
            """;

    @Test
    void readsTheMinimalDefinitionWithDefaultsForWhatItLeavesOut() {
        Campaign campaign = defined(MINIMAL_JSON);

        assertThat(campaign.code()).isEqualTo(new CampaignCode("DEMO-2022"));
        assertThat(campaign.anniversaries()).isEmpty();
        assertThat(campaign.plaqueWorks()).isEmpty();
        assertThat(campaign.evidenceRequired()).as("evidenceRequired left out").isFalse();
        assertThat(campaign.taskAreas()).hasSize(2).allSatisfy(a -> assertThat(a.keyTasks()).isEmpty());
        Obligation obligation = campaign.obligations().get(0);
        assertThat(obligation.workKinds()).as("work kinds left out: every kind counts")
                .containsExactlyInAnyOrder(WorkKind.values());
        assertThat(obligation.minimum()).as("minimum left out").isEqualTo(1);
        assertThat(campaign.review()).as("review left out: one step, the city administrator's")
                .isEqualTo(ReviewProcess.single());
    }

    @Test
    void readsReviewStepsAndWhatAUnitsChangeToAnApprovedRegistrationDoes() {
        Campaign campaign = defined(MINIMAL_YAML + "review: [CITY_OFFICE, city_leadership]\napprovedChanges: REFUSE\n");

        assertThat(campaign.review().steps()).containsExactly(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP);
        assertThat(campaign.review().approvedChanges()).isEqualTo(ApprovedChanges.REFUSE);
    }

    @ParameterizedTest(name = "review {0} is refused at {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "[]|review|needs at least one step, one of [CITY_ADMIN, CITY_OFFICE, CITY_LEADERSHIP]",
        "[CITY_OFFICE, CITY_OFFICE]|review[1]|step CITY_OFFICE is listed twice",
        "[CITY_OFFICE, MAYOR]|review[1]|must be one of [CITY_ADMIN, CITY_OFFICE, CITY_LEADERSHIP], got 'MAYOR'",
        "CITY_OFFICE|review|must be a list"})
    void refusesReviewStepsThatAreNoReview(String review, String field, String message) {
        DefinitionResult result = CampaignDefinitions.parse(MINIMAL_YAML + "review: " + review + "\n");

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, refused -> {
            assertThat(refused.problem().field()).isEqualTo(field);
            assertThat(refused.problem().message()).isEqualTo(message);
        });
    }

    @Test
    void refusesAnUnknownAnswerToApprovedChanges() {
        assertThat(CampaignDefinitions.parse(MINIMAL_YAML + "approvedChanges: IGNORE\n"))
                .isInstanceOfSatisfying(DefinitionResult.Refused.class, refused -> {
                    assertThat(refused.problem().field()).isEqualTo("approvedChanges");
                    assertThat(refused.problem().message()).isEqualTo("must be one of [REVIEW, REFUSE], got 'IGNORE'");
                });
    }

    @Test
    void readsTheEvidenceRequirementFromJsonAndFromYaml() {
        assertThat(defined(MINIMAL_JSON.replace("\"taskAreas\": [", "\"evidenceRequired\": true, \"taskAreas\": ["))
                .evidenceRequired()).isTrue();
        assertThat(defined(MINIMAL_YAML.replace("taskAreas:", "evidenceRequired: true\ntaskAreas:"))
                .evidenceRequired()).isTrue();
    }

    @Test
    void readsTheSameCampaignFromJsonAndFromYaml() {
        assertThat(defined(MINIMAL_YAML)).isEqualTo(defined(MINIMAL_JSON));
    }

    @Test
    void readsTheJsonSampleOfAnotherCityWithAnObligationForSchools() {
        Campaign campaign = defined(Fixtures.resourceText("/definitions/hong-linh-national-day-2023.json"));

        assertThat(campaign.code().value()).isEqualTo("HL-QK-2023");
        assertThat(campaign.organiser()).isEqualTo(new UnitCode("437"));
        assertThat(campaign.period().startsOn()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(campaign.period().endsOn()).isEqualTo(LocalDate.of(2023, 9, 2));
        assertThat(campaign.anniversaries()).extracting(Anniversary::years).containsExactly(78);
        assertThat(campaign.taskAreas()).extracting(a -> a.code().value()).containsExactly("URBAN", "SPORT");
        assertThat(campaign.taskAreas().get(0).keyTasks().get(0).documentIds()).containsExactly("15-KH/UBND");
        assertThat(campaign.taskAreas().get(0).keyTasks().get(0).documents())
                .extracting(Document::displayName, Document::issuedOn)
                .containsExactly(tuple("Kế hoạch 15-KH/UBND", LocalDate.of(2023, 6, 20)));
        assertThat(campaign.obligations())
                .extracting(Obligation::code, Obligation::appliesTo, Obligation::registers, Obligation::eventKinds)
                .containsExactly(
                        tuple("WORK_REQUIRED", java.util.Set.of(UnitKind.WARD, UnitKind.COMMUNE), RegistrationType.WORK,
                                java.util.Set.of()),
                        tuple("SCHOOL_SPORTS", java.util.Set.of(UnitKind.SCHOOL), RegistrationType.EVENT,
                                java.util.Set.of(EventKind.SPORTS)));
        assertThat(campaign.targets()).extracting(Target::code, Target::goal, Target::aggregation)
                .containsExactly(tuple("STREET_TREES", new BigDecimal("5000"), Target.Aggregation.SUM));
    }

    @Test
    void readsTheYamlSampleWithAMinimumOfTwoAndGroundbreakingsOnly() {
        Campaign campaign = defined(Fixtures.resourceText("/definitions/hatinh-teachers-day-2024.yaml"));

        assertThat(campaign.code().value()).isEqualTo("HT-NGVN-2024");
        assertThat(campaign.period().startsOn()).isEqualTo(LocalDate.of(2024, 9, 5));
        assertThat(campaign.period().endsOn()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(campaign.anniversaries()).extracting(Anniversary::years).containsExactly(42);
        assertThat(campaign.obligations()).extracting(Obligation::code, Obligation::minimum)
                .containsExactly(tuple("SCHOOL_EVENTS", 2), tuple("GROUNDBREAKING_REQUIRED", 1));
        assertThat(campaign.obligations().get(1).workKinds()).containsExactly(WorkKind.GROUNDBREAKING);
        assertThat(campaign.targets().get(0).units()).containsExactly(new UnitCode("18103"));
    }

    @Test
    void readsADefinitionFromAStreamOfUtf8() {
        DefinitionResult result = CampaignDefinitions.parse(
                new ByteArrayInputStream(MINIMAL_YAML.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.orThrow().taskAreas().get(0).name()).isEqualTo("Đô thị");
    }

    static Stream<Arguments> malformedDefinitions() {
        return Stream.of(
                malformed("a missing code", "\"code\": \"DEMO-2022\",", "",
                        "code", "required"),
                malformed("a campaign code with spaces", "\"DEMO-2022\"", "\"demo 2022\"",
                        "code", "campaign code must be 1 to 40 capital letters, digits, '.', '-' or '_', got 'demo 2022'"),
                malformed("a blank name", "\"name\": \"Đợt thi đua thử\"", "\"name\": \"  \"",
                        "name", "must not be blank"),
                malformed("a month 13", "\"from\": \"2022-04-01\"", "\"from\": \"2022-13-01\"",
                        "period.from", "must be an ISO date such as 2022-06-15, got '2022-13-01'"),
                malformed("a date written the Vietnamese way", "\"issuedOn\": \"2022-03-01\"", "\"issuedOn\": \"1/3/2022\"",
                        "directive.issuedOn", "must be an ISO date such as 2022-06-15, got '1/3/2022'"),
                malformed("a period ending before it starts", "\"to\": \"2022-06-15\"", "\"to\": \"2022-03-31\"",
                        "period", "period ends on 2022-03-31, before it starts on 2022-04-01"),
                malformed("a directive without issuer", "\"issuer\": \"Ban Thường vụ Thành ủy\", ", "",
                        "directive.issuer", "required"),
                malformed("an organiser written as a name", "\"organiser\": \"436\"", "\"organiser\": \"Thành phố\"",
                        "organiser", "unit code must be 1 to 40 letters, digits, '.', '-' or '_', got 'Thành phố'"),
                malformed("an unknown unit kind", "[\"WARD\", \"COMMUNE\"]", "[\"WARD\", \"DISTRICT\"]",
                        "obligations[0].appliesTo[1]", "must be one of [CITY, WARD, COMMUNE, TOWNSHIP, AGENCY, "
                                + "PARTY_ORGANISATION, MASS_ORGANISATION, SCHOOL, ENTERPRISE], got 'DISTRICT'"),
                malformed("an obligation binding no unit kind", "[\"WARD\", \"COMMUNE\"]", "[]",
                        "obligations[0].appliesTo", "needs at least one of [CITY, WARD, COMMUNE, TOWNSHIP, AGENCY, "
                                + "PARTY_ORGANISATION, MASS_ORGANISATION, SCHOOL, ENTERPRISE]"),
                malformed("an obligation registering something else", "\"registers\": \"WORK\"",
                        "\"registers\": \"PLAN\"", "obligations[0].registers", "must be one of [WORK, EVENT], got 'PLAN'"),
                malformed("an obligation for works that names event kinds", "\"registers\": \"WORK\"",
                        "\"registers\": \"WORK\", \"eventKinds\": [\"SPORTS\"]", "obligations[0]",
                        "obligation WORK_REQUIRED registers works: it needs work kinds and no event kinds"),
                malformed("a minimum of zero", "\"registers\": \"WORK\"", "\"registers\": \"WORK\", \"minimum\": 0",
                        "obligations[0]", "obligation WORK_REQUIRED needs a minimum of at least 1, got 0"),
                malformed("a fractional minimum", "\"registers\": \"WORK\"", "\"registers\": \"WORK\", \"minimum\": 1.5",
                        "obligations[0].minimum", "must be a whole number, got '1.5'"),
                malformed("a field the format does not know (a typo)", "\"taskAreas\": [", "\"unused\": [], \"taskAreas\": [",
                        "unused", "unknown field; expected one of [code, name, nameEn, directive, organiser, period, "
                                + "anniversaries, taskAreas, obligations, targets, plaqueWorks, registrationDeadline, "
                                + "reminderDays, evidenceRequired, sourceText, purpose, documents, plaqueList, review, approvedChanges, "
                                + "closingGraceDays, commendationForms, commendationsOpenOn]"),
                malformed("an evidence requirement that is not true or false", "\"taskAreas\": [",
                        "\"evidenceRequired\": \"yes\", \"taskAreas\": [", "evidenceRequired",
                        "must be true or false, got 'yes'"),
                malformed("a task area without code", "{\"code\": \"CULTURE\", ", "{",
                        "taskAreas[1].code", "required"),
                malformed("a lower-case task area code", "\"code\": \"CULTURE\"", "\"code\": \"culture\"",
                        "taskAreas[1].code", "task area code must be 1 to 40 capital letters, digits or '_', got 'culture'"),
                malformed("a goal that is not a number", "\"goal\": 1000", "\"goal\": \"nhiều\"",
                        "targets[0].goal", "must be a number, got 'nhiều'"),
                malformed("a negative goal", "\"goal\": 1000", "\"goal\": -5",
                        "targets[0]", "target TREES has a negative goal -5"),
                malformed("an unknown aggregation", "\"SUM\"", "\"AVERAGE\"",
                        "targets[0].aggregation", "must be one of [SUM, LATEST_PER_UNIT], got 'AVERAGE'"),
                malformed("a list where an object is expected",
                        "\"period\": {\"from\": \"2022-04-01\", \"to\": \"2022-06-15\"}",
                        "\"period\": [\"2022-04-01\", \"2022-06-15\"]", "period", "must be an object"),
                malformed("an object where a list is expected", "\"appliesTo\": [\"WARD\", \"COMMUNE\"]",
                        "\"appliesTo\": {\"kind\": \"WARD\"}", "obligations[0].appliesTo", "must be a list"),
                malformed("a text where a task area is expected",
                        "{\"code\": \"CULTURE\", \"name\": \"Văn hóa\", \"nameEn\": \"Culture\"}", "\"CULTURE\"",
                        "taskAreas[1]", "must be an object"),
                malformed("a list where a text is expected", "\"nameEn\": \"Trial campaign\"",
                        "\"nameEn\": [\"Trial\", \"campaign\"]", "nameEn", "must be a text"));
    }

    private static Arguments malformed(String what, String replaced, String by, String field, String message) {
        assertThat(MINIMAL_JSON).as("the minimal definition holds %s", replaced).containsOnlyOnce(replaced);
        return Arguments.of(what, MINIMAL_JSON.replace(replaced, by), field, message);
    }

    @ParameterizedTest(name = "{0} is refused at {2}")
    @MethodSource("malformedDefinitions")
    void refusesAMalformedDefinitionNamingTheBadField(String what, String definition, String field, String message) {
        DefinitionResult result = CampaignDefinitions.parse(definition);

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, refused ->
                assertThat(refused.problems()).as("the one problem, and nothing it causes elsewhere")
                        .containsExactly(new DefinitionProblem(field, message)));
    }

    @Test
    void reportsEveryProblemOfADocumentEachWhereItIsInDocumentOrder() {
        String broken = MINIMAL_JSON
                .replace("\"code\": \"DEMO-2022\",", "\"code\": \"DEMO-2022\", \"colour\": \"đỏ\",")
                .replace("\"from\": \"2022-04-01\"", "\"from\": \"2022-13-01\"")
                .replace("{\"code\": \"CULTURE\", ", "{")
                .replace("\"registers\": \"WORK\"", "\"registers\": \"PLAN\", \"minimum\": 1.5")
                .replace("\"goal\": 1000", "\"goal\": \"nhiều\"")
                .replace("\"SUM\"", "\"AVERAGE\"");

        assertThat(CampaignDefinitions.parse(broken)).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                refused -> {
                    assertThat(refused.problems()).extracting(DefinitionProblem::field).containsExactly("colour",
                            "period.from", "taskAreas[1].code", "obligations[0].registers", "obligations[0].minimum",
                            "targets[0].goal", "targets[0].aggregation");
                    assertThat(refused.problems()).extracting(DefinitionProblem::message).contains(
                            "must be an ISO date such as 2022-06-15, got '2022-13-01'", "required",
                            "must be one of [WORK, EVENT], got 'PLAN'", "must be a whole number, got '1.5'",
                            "must be a number, got 'nhiều'", "must be one of [SUM, LATEST_PER_UNIT], got 'AVERAGE'");
                    assertThat(refused.problem()).as("the first, in document order").isEqualTo(
                            refused.problems().get(0));
                });
    }

    @Test
    void aCitationOfARefusedDocumentIsNotReportedAgainButOneOfAnUnknownDocumentIs() {
        String cited = MINIMAL_YAML.replace("taskAreas:\n", "documents:\n"
                + "  - {id: KH-1, kind: CONG_VAN, title: Kế hoạch}\n"
                + "  - {id: KH-2, kind: KE_HOACH, title: Kế hoạch khác}\n"
                + "taskAreas:\n")
                .replace("- {code: URBAN, name: Đô thị, nameEn: Urban}", "- {code: URBAN, name: Đô thị, nameEn: Urban,"
                        + " keyTasks: [{text: Trồng cây, textEn: Plant trees, documents: [KH-1, KH-2, KH-9]}]}");
        assertThat(cited).contains("KH-9");

        assertThat(CampaignDefinitions.parse(cited)).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                refused -> assertThat(refused.problems()).extracting(DefinitionProblem::field)
                        .containsExactly("documents[0].kind", "taskAreas[0].keyTasks[0].documents[2]"));
    }

    @Test
    void orThrowNamesEveryProblem() {
        DefinitionResult refused = CampaignDefinitions.parse(MINIMAL_JSON.replace("\"code\": \"DEMO-2022\",", "")
                .replace("\"goal\": 1000", "\"goal\": \"nhiều\""));

        assertThatThrownBy(refused::orThrow).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign definition refused: code: required; targets[0].goal: must be a number, got 'nhiều'");
    }

    @Test
    void refusesADuplicateTaskAreaCodeNamingTheCode() {
        String twoUrban = MINIMAL_JSON.replace("\"code\": \"CULTURE\"", "\"code\": \"URBAN\"");

        assertThat(CampaignDefinitions.parse(twoUrban)).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                refused -> {
                    assertThat(refused.problem().field()).isEqualTo("taskAreas[1].code");
                    assertThat(refused.problem().message()).isEqualTo("duplicate task area code URBAN");
                });
    }

    @Test
    void refusesATargetInATaskAreaTheCampaignDoesNotHave() {
        String health = MINIMAL_JSON.replace("\"taskArea\": \"URBAN\"", "\"taskArea\": \"HEALTH\"");

        assertThat(CampaignDefinitions.parse(health)).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                refused -> {
                    assertThat(refused.problem().field()).isEqualTo("targets[0].taskArea");
                    assertThat(refused.problem().message()).startsWith("must be one of the campaign's task areas ")
                            .endsWith(", got 'HEALTH'");
                });
    }

    @Test
    void refusesACampaignWithoutTaskAreas() {
        String none = MINIMAL_JSON.replaceAll("(?s)\"taskAreas\": \\[.*?\\],\\s*\"obligations\"",
                "\"taskAreas\": [], \"obligations\"");

        assertThat(none).doesNotContain("\"code\": \"CULTURE\"");
        assertThat(CampaignDefinitions.parse(none)).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                refused -> {
                    assertThat(refused.problem().field()).isEqualTo("taskAreas");
                    assertThat(refused.problem().message()).isEqualTo("needs at least one entry");
                });
    }

    @Test
    void refusesTextThatIsNotJsonAtAll() {
        DefinitionResult result = CampaignDefinitions.parse("{ \"code\": \"DEMO-2022\", ");

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, refused -> {
            assertThat(refused.problem().field()).isEmpty();
            assertThat(refused.problem().message()).startsWith("not valid JSON or YAML: ");
        });
    }

    @Test
    void refusesProseAndListsAsTheWholeDocument() {
        for (String notAnObject : new String[] {"Chỉ thị 32-CT/Th.Uy", "[1, 2, 3]", ""}) {
            assertThat(CampaignDefinitions.parse(notAnObject)).as(notAnObject)
                    .isEqualTo(new DefinitionResult.Refused(new DefinitionProblem("", "must be an object")));
        }
    }

    @Test
    void refusesAKeyWrittenTwice() {
        String twice = MINIMAL_JSON.replace("\"name\": \"Đợt thi đua thử\"",
                "\"name\": \"Đợt thi đua thử\", \"name\": \"Đợt khác\"");

        assertThat(CampaignDefinitions.parse(twice)).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                refused -> {
                    assertThat(refused.problem().field()).isEmpty();
                    assertThat(refused.problem().message()).startsWith("not valid JSON or YAML");
                });
    }

    @Test
    void orThrowNamesTheProblemOfARefusedDefinition() {
        DefinitionResult refused = CampaignDefinitions.parse(MINIMAL_JSON.replace("\"code\": \"DEMO-2022\",", ""));

        assertThatThrownBy(refused::orThrow).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign definition refused: code: required");
    }

    private static Campaign defined(String definition) {
        DefinitionResult result = CampaignDefinitions.parse(definition);
        assertThat(result).as("definition read").isInstanceOf(DefinitionResult.Defined.class);
        return result.orThrow();
    }
}
