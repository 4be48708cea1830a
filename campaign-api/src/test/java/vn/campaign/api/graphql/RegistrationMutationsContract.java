package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;

/** Every mutation: its success, the user errors of the rules it enforces, and malformed input. */
interface RegistrationMutationsContract extends GraphQlApiContract {

    String REGISTER_WORK = """
            mutation($input: RegisterWorkInput!) {
              registerWork(input: $input) {
                work {
                  id name kind status version plannedOn location scale investment fundingSource investor
                  plaqueRequested plaqueAwarded evidenceNotes statusReason actualOn
                  campaign { code } unit { code name } taskArea { code name }
                }
                userErrors { code field message messageEn }
                warnings { code field }
              }
            }""";

    String REGISTER_EVENT = """
            mutation($input: RegisterEventInput!) {
              registerEvent(input: $input) {
                event { id name kind status startsOn endsOn venue host expectedParticipants taskArea { code } unit { code } version }
                userErrors { code field message }
                warnings { code }
              }
            }""";

    private static Map<String, Object> work(String unit, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("campaignCode", CT32);
        input.put("unitCode", unit);
        input.put("name", name);
        input.put("kind", "INAUGURATION");
        input.put("plannedOn", "2022-05-19");
        input.put("taskAreaCode", "URBAN");
        return input;
    }

    private int worksNamed(String token) {
        return graphQl().document("query($s: String) { works(filter: {search: $s}, first: 10) { totalCount } }")
                .variable("s", token).execute().path("works.totalCount").entity(Integer.class).get();
    }

    // --- registerWork ---

    @Test
    default void registersAWorkWithEveryDetailAndAnInvestmentOfBillionsOfDong() {
        String t = token();
        Map<String, Object> input = work("18070", "Khánh thành  Nhà văn hóa tổ dân phố 5 " + t);
        input.put("kind", "GROUNDBREAKING");
        input.put("location", "Tổ dân phố 5, phường Trần Phú");
        input.put("scale", "2 tầng, 300 m²");
        input.put("investment", "12500000000");
        input.put("fundingSource", "Ngân sách thành phố");
        input.put("investor", "UBND phường Trần Phú");
        input.put("plaqueRequested", true);
        input.put("evidenceNotes", "Quyết định 12/QĐ-UBND");

        graphQl().document(REGISTER_WORK).variable("input", input).execute()
                .path("registerWork.userErrors").entityList(Object.class).hasSize(0)
                .path("registerWork.warnings").entityList(Object.class).hasSize(0)
                .path("registerWork.work.name").entity(String.class)
                .isEqualTo("Khánh thành Nhà văn hóa tổ dân phố 5 " + t)
                .path("registerWork.work.kind").entity(String.class).isEqualTo("GROUNDBREAKING")
                .path("registerWork.work.status").entity(String.class).isEqualTo("REGISTERED")
                .path("registerWork.work.version").entity(Integer.class).isEqualTo(0)
                .path("registerWork.work.plannedOn").entity(String.class).isEqualTo("2022-05-19")
                .path("registerWork.work.investment").entity(String.class).isEqualTo("12500000000")
                .path("registerWork.work.plaqueRequested").entity(Boolean.class).isEqualTo(true)
                .path("registerWork.work.plaqueAwarded").entity(Boolean.class).isEqualTo(false)
                .path("registerWork.work.statusReason").valueIsNull()
                .path("registerWork.work.campaign.code").entity(String.class).isEqualTo(CT32)
                .path("registerWork.work.unit.name").entity(String.class).isEqualTo("Phường Trần Phú")
                .path("registerWork.work.taskArea.name").entity(String.class)
                .isEqualTo("Phát triển đô thị và kết cấu hạ tầng");
    }

    @Test
    default void acceptsMoneyAsAJsonIntegerBeyondTwoToTheFiftyThird() {
        String t = token();
        graphQl().document("""
                mutation {
                  registerWork(input: {campaignCode: "CT32-2022", unitCode: "18073", name: "Cầu %s", kind: INAUGURATION,
                                       plannedOn: "2022-05-01", taskAreaCode: "URBAN", investment: 9007199254740993}) {
                    work { investment } userErrors { code }
                  }
                }""".formatted(t)).execute()
                .path("registerWork.work.investment").entity(String.class).isEqualTo("9007199254740993");
    }

    @Test
    default void warnsButRegistersAWorkWithoutATaskArea() {
        String t = token();
        Map<String, Object> input = work("18073", "Khởi công chợ " + t);
        input.remove("taskAreaCode");

        graphQl().document(REGISTER_WORK).variable("input", input).execute()
                .path("registerWork.userErrors").entityList(Object.class).hasSize(0)
                .path("registerWork.work.taskArea").valueIsNull()
                .path("registerWork.warnings[0].code").entity(String.class).isEqualTo("TASK_AREA_MISSING")
                .path("registerWork.warnings[0].field").entityList(String.class)
                .containsExactly("input", "taskAreaCode");
    }

    @Test
    default void refusesAWorkPlannedOutsideTheCampaignWithTheFieldPathAndStoresNothing() {
        String t = token();
        Map<String, Object> input = work("18070", "Khánh thành đường " + t);
        input.put("plannedOn", "2022-07-01");

        GraphQlTester.Response response = graphQl().document(REGISTER_WORK).variable("input", input).execute();

        response.path("registerWork.work").valueIsNull();
        response.path("registerWork.userErrors[0].code").entity(String.class).isEqualTo("DATE_OUTSIDE_CAMPAIGN");
        response.path("registerWork.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "plannedOn");
        response.path("registerWork.userErrors[0].message").entity(String.class)
                .isEqualTo("Ngày 2022-07-01 nằm ngoài thời gian đợt thi đua (2022-04-01..2022-06-15).");
        response.path("registerWork.userErrors[0].messageEn").entity(String.class)
                .isEqualTo("The date 2022-07-01 lies outside the campaign period (2022-04-01..2022-06-15).");
        assertThat(worksNamed(t)).isZero();
    }

    @Test
    default void reportsEveryBrokenRuleOfAWorkAtOnce() {
        Map<String, Object> input = work("99999", " ");
        input.put("investment", "-5");
        input.put("taskAreaCode", "SPACE");

        GraphQlTester.Response response = graphQl().document(REGISTER_WORK).variable("input", input).execute();

        assertThat(codes(response, "registerWork")).contains("REQUIRED", "UNIT_UNKNOWN", "INVESTMENT_NEGATIVE",
                "TASK_AREA_UNKNOWN");
    }

    @Test
    default void refusesATaskAreaCodeThatIsNoCodeAsAnUnknownTaskArea() {
        String t = token();
        Map<String, Object> input = work("18070", "Cầu " + t);
        input.put("taskAreaCode", " đô thị ");

        GraphQlTester.Response response = graphQl().document(REGISTER_WORK).variable("input", input).execute();

        assertThat(codes(response, "registerWork")).containsExactly("TASK_AREA_UNKNOWN");
        response.path("registerWork.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "taskAreaCode");
        response.path("registerWork.userErrors[0].messageEn").entity(String.class)
                .isEqualTo("The campaign has no task area đô thị.");
        assertThat(worksNamed(t)).isZero();
    }

    @Test
    default void refusesAWorkOfAnUnknownCampaign() {
        Map<String, Object> input = work("18070", "Cầu " + token());
        input.put("campaignCode", "CT99-2099");

        GraphQlTester.Response response = graphQl().document(REGISTER_WORK).variable("input", input).execute();

        assertThat(codes(response, "registerWork")).containsExactly("CAMPAIGN_UNKNOWN");
        response.path("registerWork.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "campaignCode");
    }

    @Test
    default void refusesASecondRegistrationWhoseNameDiffersOnlyInCaseAndToneMarks() {
        String t = token();
        registerWork("18076", "Khánh thành cầu Hộ Độ " + t);
        Map<String, Object> input = work("18076", "KHANH THANH CAU HO DO " + t.toUpperCase());

        GraphQlTester.Response response = graphQl().document(REGISTER_WORK).variable("input", input).execute();

        assertThat(codes(response, "registerWork")).containsExactly("DUPLICATE_REGISTRATION");
        response.path("registerWork.userErrors[0].field").entityList(String.class).containsExactly("input", "name");
        assertThat(worksNamed(t)).isEqualTo(1);
    }

    @Test
    default void answersABrokenRuleWithHttp200AndAMalformedRequestWithAGraphQlError() {
        http().post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "mutation($i: RegisterWorkInput!) { registerWork(input: $i) "
                        + "{ work { id } userErrors { code } } }", "variables", Map.of("i", Map.of(
                        "campaignCode", CT32, "unitCode", "18070", "name", "Cầu " + token(), "kind", "INAUGURATION",
                        "plannedOn", "2030-01-01"))))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data.registerWork.userErrors[0].code").isEqualTo("DATE_OUTSIDE_CAMPAIGN")
                .jsonPath("$.errors").doesNotExist();

        http().post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "mutation { registerWork(input: {unitCode: \"18070\"}) { work { id } } }"))
                .exchange()
                .expectBody()
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("campaignCode"))
                .jsonPath("$.data").doesNotExist();
    }

    /** Issue 17: an amount beyond what {@code Money} held was a top-level type error, not a user error. */
    @Test
    default void answersAnAmountBeyondTheBoundAsAUserErrorOnItsField() {
        for (Object amount : new Object[] {"10000000000000001", "99999999999999999999999",
                new java.math.BigInteger("123456789012345678901234567890")}) {
            Map<String, Object> input = work("18070", "Cầu " + token());
            input.put("investment", amount);

            GraphQlTester.Response response = graphQl().document(REGISTER_WORK).variable("input", input).execute();

            response.errors().verify();
            response.path("registerWork.userErrors[0].code").entity(String.class).isEqualTo("AMOUNT_TOO_LARGE");
            response.path("registerWork.userErrors[0].field").entityList(String.class)
                    .containsExactly("input", "investment");
            response.path("registerWork.userErrors[0].messageEn").entity(String.class)
                    .isEqualTo("The investment exceeds 10000000000000000 VND.");
        }
    }

    @Test
    default void refusesMalformedKindsDatesAndAmountsAsGraphQlErrors() {
        Map<String, Object> badKind = work("18070", "Cầu " + token());
        badKind.put("kind", "DEMOLITION");
        assertRequestError(graphQl().document(REGISTER_WORK).variable("input", badKind).execute(), "DEMOLITION");

        Map<String, Object> badDate = work("18070", "Cầu " + token());
        badDate.put("plannedOn", "2022-02-30");
        assertRequestError(graphQl().document(REGISTER_WORK).variable("input", badDate).execute(),
                "Date must be an ISO-8601 date such as 2022-06-15, got '2022-02-30'");

        Map<String, Object> badMoney = work("18070", "Cầu " + token());
        badMoney.put("investment", "1.5 tỷ");
        assertRequestError(graphQl().document(REGISTER_WORK).variable("input", badMoney).execute(),
                "Money must be a whole number of đồng");
    }

    // --- registerEvent ---

    @Test
    default void registersAnEventAndRefusesOneThatEndsBeforeItStarts() {
        String t = token();
        Map<String, Object> input = new HashMap<>(Map.of("campaignCode", CT32, "unitCode", "18100",
                "name", "Lễ hội Văn Miếu " + t, "kind", "TRADITIONAL_FESTIVAL", "startsOn", "2022-06-01",
                "endsOn", "2022-06-03", "taskAreaCode", "CULTURE", "venue", "Văn Miếu Hà Tĩnh",
                "expectedParticipants", 5000));

        graphQl().document(REGISTER_EVENT).variable("input", input).execute()
                .path("registerEvent.event.kind").entity(String.class).isEqualTo("TRADITIONAL_FESTIVAL")
                .path("registerEvent.event.startsOn").entity(String.class).isEqualTo("2022-06-01")
                .path("registerEvent.event.endsOn").entity(String.class).isEqualTo("2022-06-03")
                .path("registerEvent.event.venue").entity(String.class).isEqualTo("Văn Miếu Hà Tĩnh")
                .path("registerEvent.event.expectedParticipants").entity(Integer.class).isEqualTo(5000)
                .path("registerEvent.event.taskArea.code").entity(String.class).isEqualTo("CULTURE")
                .path("registerEvent.event.unit.code").entity(String.class).isEqualTo("18100");

        input.put("name", "Giải chạy " + t);
        input.put("endsOn", "2022-05-01");
        GraphQlTester.Response refused = graphQl().document(REGISTER_EVENT).variable("input", input).execute();
        assertThat(codes(refused, "registerEvent")).containsExactly("EVENT_ENDS_BEFORE_START");
        refused.path("registerEvent.event").valueIsNull();
    }

    // --- updates ---

    @Test
    default void updatesOnlyTheFieldsGivenAndClearsTheFieldsGivenAsNull() {
        String t = token();
        Map<String, Object> input = work("18077", "Khánh thành trường " + t);
        input.put("fundingSource", "Xã hội hóa");
        input.put("location", "Đường Nguyễn Du");
        String id = graphQl().document(REGISTER_WORK).variable("input", input).execute()
                .path("registerWork.work.id").entity(String.class).get();
        Map<String, Object> update = new HashMap<>();
        update.put("id", id);
        update.put("expectedVersion", 0);
        update.put("scale", "3 tầng");
        update.put("fundingSource", null);

        graphQl().document("""
                mutation($input: UpdateWorkInput!) {
                  updateWork(input: $input) { work { name location scale fundingSource plannedOn version } userErrors { code } }
                }""").variable("input", update).execute()
                .path("updateWork.userErrors").entityList(Object.class).hasSize(0)
                .path("updateWork.work.version").entity(Integer.class).isEqualTo(1)
                .path("updateWork.work.name").entity(String.class).isEqualTo("Khánh thành trường " + t)
                .path("updateWork.work.location").entity(String.class).isEqualTo("Đường Nguyễn Du")
                .path("updateWork.work.scale").entity(String.class).isEqualTo("3 tầng")
                .path("updateWork.work.fundingSource").valueIsNull()
                .path("updateWork.work.plannedOn").entity(String.class).isEqualTo("2022-05-19");
    }

    @Test
    default void refusesAnUpdateAtAStaleVersionWithConflictAndKeepsTheOtherChange() {
        String id = registerWork("18079", "Khởi công kè sông " + token());
        String update = """
                mutation($input: UpdateWorkInput!) {
                  updateWork(input: $input) { work { location version } userErrors { code field message } }
                }""";
        graphQl().document(update).variable("input", Map.of("id", id, "expectedVersion", 0, "location", "Bờ Nam"))
                .execute().path("updateWork.work.version").entity(Integer.class).isEqualTo(1);

        GraphQlTester.Response stale = graphQl().document(update)
                .variable("input", Map.of("id", id, "expectedVersion", 0, "location", "Bờ Bắc")).execute();

        assertThat(codes(stale, "updateWork")).containsExactly("CONFLICT");
        stale.path("updateWork.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "expectedVersion");
        stale.path("updateWork.userErrors[0].message").entity(String.class).satisfies(m -> assertThat(m)
                .contains("phiên bản hiện tại 1").contains("bạn đã đọc phiên bản 0"));
        graphQl().document("query($id: ID!) { node(id: $id) { ... on Work { location version } } }")
                .variable("id", id).execute()
                .path("node.location").entity(String.class).isEqualTo("Bờ Nam")
                .path("node.version").entity(Integer.class).isEqualTo(1);
    }

    @Test
    default void refusesClearingARequiredFieldAndUpdatingAnUnknownWork() {
        String id = registerWork("18079", "Khánh thành công viên " + token());
        Map<String, Object> clearName = new HashMap<>(Map.of("id", id, "expectedVersion", 0));
        clearName.put("name", null);
        String update = "mutation($input: UpdateWorkInput!) { updateWork(input: $input) { work { id } userErrors { code field } } }";

        GraphQlTester.Response cleared = graphQl().document(update).variable("input", clearName).execute();
        assertThat(codes(cleared, "updateWork")).containsExactly("REQUIRED");
        cleared.path("updateWork.userErrors[0].field").entityList(String.class).containsExactly("input", "name");

        String eventId = registerEvent("18079", "Hội diễn " + token());
        GraphQlTester.Response wrongType = graphQl().document(update)
                .variable("input", Map.of("id", eventId, "expectedVersion", 0, "location", "x")).execute();
        assertThat(codes(wrongType, "updateWork")).containsExactly("NOT_FOUND");
        wrongType.path("updateWork.userErrors[0].field").entityList(String.class).containsExactly("input", "id");
    }

    @Test
    default void updatesAnEventsDatesAndRefusesThemOutOfOrder() {
        String id = registerEvent("18085", "Hội thi văn nghệ " + token());
        String update = """
                mutation($input: UpdateEventInput!) {
                  updateEvent(input: $input) { event { startsOn endsOn venue version } userErrors { code field } }
                }""";

        graphQl().document(update).variable("input", Map.of("id", id, "expectedVersion", 0, "startsOn", "2022-06-02",
                        "venue", "Quảng trường thành phố")).execute()
                .path("updateEvent.event.startsOn").entity(String.class).isEqualTo("2022-06-02")
                .path("updateEvent.event.endsOn").entity(String.class).isEqualTo("2022-06-03")
                .path("updateEvent.event.version").entity(Integer.class).isEqualTo(1);

        GraphQlTester.Response refused = graphQl().document(update)
                .variable("input", Map.of("id", id, "expectedVersion", 1, "endsOn", "2022-06-01")).execute();
        assertThat(codes(refused, "updateEvent")).containsExactly("EVENT_ENDS_BEFORE_START");
    }

    // --- lifecycle ---

    @Test
    default void carriesAWorkThroughApprovalAndCompletion() {
        String id = registerWork("18088", "Khánh thành nhà văn hóa thôn " + token());

        assertThat(change("approveWork", Map.of("id", id, "expectedVersion", 0))).isEqualTo(1);
        assertThat(change("completeWork", Map.of("id", id, "expectedVersion", 1, "actualOn", "2022-06-10")))
                .isEqualTo(2);

        graphQl().document("query($id: ID!) { node(id: $id) { ... on Work { status actualOn } } }")
                .variable("id", id).execute()
                .path("node.status").entity(String.class).isEqualTo("COMPLETED")
                .path("node.actualOn").entity(String.class).isEqualTo("2022-06-10");
    }

    @Test
    default void rejectsAWorkOnlyWithAReasonAndKeepsTheReason() {
        String id = registerWork("18091", "Khởi công đường liên thôn " + token());
        String reject = """
                mutation($input: RejectWorkInput!) {
                  rejectWork(input: $input) { work { status statusReason } userErrors { code field } }
                }""";

        GraphQlTester.Response noReason = graphQl().document(reject)
                .variable("input", Map.of("id", id, "expectedVersion", 0)).execute();
        assertThat(codes(noReason, "rejectWork")).containsExactly("REASON_REQUIRED");
        noReason.path("rejectWork.userErrors[0].field").entityList(String.class).containsExactly("input", "reason");

        graphQl().document(reject).variable("input", Map.of("id", id, "expectedVersion", 0,
                        "reason", "Chưa đủ hồ sơ")).execute()
                .path("rejectWork.work.status").entity(String.class).isEqualTo("REJECTED")
                .path("rejectWork.work.statusReason").entity(String.class).isEqualTo("Chưa đủ hồ sơ");
    }

    @Test
    default void refusesCompletingAWorkWithoutADayAndAnIllegalTransition() {
        String id = registerWork("18094", "Khánh thành sân thể thao " + token());
        String complete = """
                mutation($input: CompleteWorkInput!) { completeWork(input: $input) { work { status } userErrors { code } } }""";

        GraphQlTester.Response notApproved = graphQl().document(complete)
                .variable("input", Map.of("id", id, "expectedVersion", 0, "actualOn", "2022-06-01")).execute();
        assertThat(codes(notApproved, "completeWork")).containsExactly("ILLEGAL_TRANSITION");

        change("approveWork", Map.of("id", id, "expectedVersion", 0));
        GraphQlTester.Response noDay = graphQl().document(complete)
                .variable("input", Map.of("id", id, "expectedVersion", 1)).execute();
        assertThat(codes(noDay, "completeWork")).containsExactly("ACTUAL_DATE_REQUIRED");
    }

    @Test
    default void cancelsAWorkAndRefusesApprovingItWithTheIdOfAnEvent() {
        String t = token();
        String work = registerWork("18097", "Khởi công trạm y tế " + t);
        String event = registerEvent("18097", "Ngày hội " + t);

        assertThat(change("cancelWork", Map.of("id", work, "expectedVersion", 0, "reason", "Đổi kế hoạch")))
                .isEqualTo(1);
        GraphQlTester.Response wrongType = graphQl().document("""
                mutation($input: ApproveWorkInput!) { approveWork(input: $input) { work { id } userErrors { code field message } } }""")
                .variable("input", Map.of("id", event, "expectedVersion", 0)).execute();
        assertThat(codes(wrongType, "approveWork")).containsExactly("NOT_FOUND");
        wrongType.path("approveWork.userErrors[0].message").entity(String.class)
                .satisfies(m -> assertThat(m).startsWith("Không tìm thấy công trình"));
    }

    @Test
    default void carriesAnEventThroughEveryLifecycleMutation() {
        String t = token();
        String completed = registerEvent("18109", "Giải bóng chuyền " + t);
        assertThat(change("approveEvent", Map.of("id", completed, "expectedVersion", 0))).isEqualTo(1);
        assertThat(change("completeEvent", Map.of("id", completed, "expectedVersion", 1, "actualOn", "2022-06-02")))
                .isEqualTo(2);

        String rejected = registerEvent("18109", "Hội chợ " + t);
        assertThat(change("rejectEvent", Map.of("id", rejected, "expectedVersion", 0, "reason", "Trùng lịch")))
                .isEqualTo(1);

        String cancelled = registerEvent("18109", "Liên hoan " + t);
        assertThat(change("cancelEvent", Map.of("id", cancelled, "expectedVersion", 0))).isEqualTo(1);

        assertThat(graphQl().document("query($s: String) { events(filter: {search: $s}, first: 10) { nodes { status } } }")
                .variable("s", t).execute()
                .path("events.nodes[*].status").entityList(String.class).get())
                .containsExactlyInAnyOrder("COMPLETED", "REJECTED", "CANCELLED");
    }

    @Test
    default void refusesAStatusChangeAtAStaleVersion() {
        String id = registerEvent("18112", "Lễ hội cầu ngư " + token());
        change("approveEvent", Map.of("id", id, "expectedVersion", 0));

        GraphQlTester.Response stale = graphQl().document("""
                mutation($input: CancelEventInput!) { cancelEvent(input: $input) { event { id } userErrors { code } } }""")
                .variable("input", Map.of("id", id, "expectedVersion", 0)).execute();

        assertThat(codes(stale, "cancelEvent")).containsExactly("CONFLICT");
    }

    // --- plaques ---

    @Test
    default void awardsAPlaqueOnlyByTheCityOnlyToAnApprovedWorkAndOnlyOnce() {
        String id = registerWork("18070", "Khánh thành tượng đài " + token());
        String award = """
                mutation($input: AwardPlaqueInput!) {
                  awardPlaque(input: $input) { work { plaqueAwarded version } userErrors { code field } }
                }""";

        GraphQlTester.Response notApproved = graphQl().document(award)
                .variable("input", Map.of("id", id, "expectedVersion", 0, "awardedBy", "436")).execute();
        assertThat(codes(notApproved, "awardPlaque")).containsExactly("PLAQUE_WORK_NOT_APPROVED");

        change("approveWork", Map.of("id", id, "expectedVersion", 0));
        GraphQlTester.Response byWard = graphQl().document(award)
                .variable("input", Map.of("id", id, "expectedVersion", 1, "awardedBy", "18070")).execute();
        assertThat(codes(byWard, "awardPlaque")).containsExactly("PLAQUE_NOT_BY_CITY");
        byWard.path("awardPlaque.userErrors[0].field").entityList(String.class).containsExactly("input", "awardedBy");

        graphQl().document(award).variable("input", Map.of("id", id, "expectedVersion", 1, "awardedBy", "436"))
                .execute()
                .path("awardPlaque.work.plaqueAwarded").entity(Boolean.class).isEqualTo(true)
                .path("awardPlaque.work.version").entity(Integer.class).isEqualTo(2);

        GraphQlTester.Response again = graphQl().document(award)
                .variable("input", Map.of("id", id, "expectedVersion", 2, "awardedBy", "436")).execute();
        assertThat(codes(again, "awardPlaque")).containsExactly("PLAQUE_ALREADY_AWARDED");
    }

    // --- progress ---

    @Test
    default void recordsProgressOnATargetAndAnswersWhereItNowStands() {
        String record = """
                mutation($input: RecordProgressInput!) {
                  recordProgress(input: $input) {
                    progressReport { campaign { code } target { code taskArea { code } } unit { name } reportedOn value note recordedAt }
                    targetProgress { target { code } figure units { unit { code } value asOf } }
                    userErrors { code field }
                  }
                }""";
        Map<String, Object> input = new HashMap<>(Map.of("campaignCode", CT32, "targetCode", "URBAN_TREES",
                "unitCode", "18073", "reportedOn", "2022-05-02", "value", "150", "note", "Đường Hàm Nghi"));

        GraphQlTester.Response first = graphQl().document(record).variable("input", input).execute();
        first.path("recordProgress.userErrors").entityList(Object.class).hasSize(0)
                .path("recordProgress.progressReport.campaign.code").entity(String.class).isEqualTo(CT32)
                .path("recordProgress.progressReport.target.taskArea.code").entity(String.class).isEqualTo("URBAN")
                .path("recordProgress.progressReport.unit.name").entity(String.class).isEqualTo("Phường Nam Hà")
                .path("recordProgress.progressReport.value").entity(String.class).isEqualTo("150")
                .path("recordProgress.progressReport.recordedAt").entity(String.class)
                .satisfies(v -> assertThat(v).endsWith("Z"));
        java.math.BigDecimal before = new java.math.BigDecimal(first.path("recordProgress.targetProgress.figure")
                .entity(String.class).get());

        input.put("value", 49.5);
        GraphQlTester.Response second = graphQl().document(record).variable("input", input).execute();
        java.math.BigDecimal after = new java.math.BigDecimal(second.path("recordProgress.targetProgress.figure")
                .entity(String.class).get());

        assertThat(after.subtract(before)).isEqualByComparingTo("49.5");
        assertThat(second.path("recordProgress.targetProgress.units[*].unit.code").entityList(String.class).get())
                .contains("18073");
    }

    @Test
    default void refusesProgressOnAnUnknownTargetANegativeFigureAndAUnitTheTargetDoesNotConcern() {
        String record = """
                mutation($input: RecordProgressInput!) {
                  recordProgress(input: $input) { progressReport { value } targetProgress { figure } userErrors { code field } }
                }""";

        GraphQlTester.Response unknown = graphQl().document(record).variable("input", Map.of("campaignCode", CT32,
                "targetCode", "MOON_LANDING", "unitCode", "18073", "reportedOn", "2022-05-02", "value", "1")).execute();
        assertThat(codes(unknown, "recordProgress")).containsExactly("TARGET_UNKNOWN");
        unknown.path("recordProgress.progressReport").valueIsNull();

        GraphQlTester.Response negative = graphQl().document(record).variable("input", Map.of("campaignCode", CT32,
                "targetCode", "URBAN_TREES", "unitCode", "18073", "reportedOn", "2022-05-02", "value", "-3")).execute();
        assertThat(codes(negative, "recordProgress")).containsExactly("PROGRESS_NEGATIVE");
        negative.path("recordProgress.userErrors[0].field").entityList(String.class).containsExactly("input", "value");

        GraphQlTester.Response notConcerned = graphQl().document(record).variable("input", Map.of("campaignCode", CT32,
                "targetCode", "MODEL_NEW_RURAL_CRITERIA", "unitCode", "18070", "reportedOn", "2022-05-02",
                "value", "90")).execute();
        assertThat(codes(notConcerned, "recordProgress")).containsExactly("TARGET_NOT_FOR_UNIT");
    }

    @Test
    default void refusesAMalformedDecimalAsAGraphQlError() {
        assertRequestError(graphQl().document("""
                mutation { recordProgress(input: {campaignCode: "CT32-2022", targetCode: "URBAN_TREES", unitCode: "18073",
                                                  reportedOn: "2022-05-02", value: "nhiều"}) { userErrors { code } } }""")
                .execute(), "Decimal must be a decimal number");
    }
}
