package vn.campaign.api.exports;

import org.jspecify.annotations.Nullable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * An export of thousands of works, without the store: the registrations are read in pages no larger than the
 * memory budget allows, lists of several units and task areas are merged in list order with none lost or
 * repeated, and the streaming writer writes every row, numbered, with its id, under the filter.
 */
class ManyRowsExportTest {

    private static final int WORKS = 12_000;
    private static final Campaign CT32 = Directive32.campaign();
    private static final List<Unit> WARDS = HaTinhCity.wardsAndCommunes().subList(0, 4);
    private static final List<@Nullable TaskAreaCode> AREAS = java.util.Arrays.asList(new TaskAreaCode("URBAN"),
            new TaskAreaCode("CULTURE"), new TaskAreaCode("ECONOMY"), null);

    private final List<Work> works = works();
    private final ListRegistrationQueries store = new ListRegistrationQueries(works);

    @Test
    void readsEveryRegistrationOnceInListOrderInPagesWithinTheBudget() {
        ExportRequest everything = new ExportRequest(RegistrationType.WORK, CT32, List.of(), Set.of(), List.of());

        List<Registration> read = drain(RegistrationPages.of(everything, new Visibility(true, null), store));

        assertThat(read).containsExactlyElementsOf(store.matching(RegistrationCriteria.all(RegistrationType.WORK),
                new Visibility(true, null)));
        assertThat(read).hasSize(WORKS);
        assertThat(store.pageSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(5_000));
        assertThat(store.pageSizes).hasSize((WORKS + 4_999) / 5_000);
    }

    @Test
    void mergesTheListsOfSeveralUnitsAndTaskAreasInListOrder() {
        ExportRequest request = new ExportRequest(RegistrationType.WORK, CT32, List.of(WARDS.get(2), WARDS.get(0)),
                Set.of(RegistrationStatus.APPROVED, RegistrationStatus.REGISTERED),
                List.of(CT32.taskArea(new TaskAreaCode("URBAN")).orElseThrow(),
                        CT32.taskArea(new TaskAreaCode("CULTURE")).orElseThrow()));
        Visibility officer = new Visibility(false, WARDS.get(0).code());

        List<Registration> read = drain(RegistrationPages.of(request, officer, store));

        List<Registration> expected = works.stream()
                .filter(w -> w.unit().equals(WARDS.get(0).code()) || w.unit().equals(WARDS.get(2).code()))
                .filter(w -> new TaskAreaCode("URBAN").equals(w.taskArea()) || new TaskAreaCode("CULTURE").equals(w.taskArea()))
                .filter(w -> w.status() == RegistrationStatus.APPROVED || w.status() == RegistrationStatus.REGISTERED)
                .filter(officer::canSee)
                .map(Registration.class::cast).sorted(ListRegistrationQueries.ORDER).toList();
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(read).noneMatch(w -> w.unit().equals(WARDS.get(2).code())
                && w.status() == RegistrationStatus.REGISTERED);
        assertThat(store.pageSizes).allSatisfy(size -> assertThat(size * 4).isLessThanOrEqualTo(
                RegistrationPages.BUDGET));
    }

    @Test
    void writesEveryRowNumberedWithItsIdAndTheFilterOverTheWholeTable() throws IOException {
        ExportRequest everything = new ExportRequest(RegistrationType.WORK, CT32, List.of(), Set.of(), List.of());
        Function<UnitCode, String> names = code -> HaTinhCity.units().stream().filter(u -> u.code().equals(code))
                .findFirst().orElseThrow().name();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = RegistrationWorkbook.write(ExportLayout.of(RegistrationType.WORK, CT32),
                new RegistrationWorkbook.Titles(CT32.name(), ExportWords.WHOLE_CITY, LocalDate.of(2022, 7, 1)),
                RegistrationPages.of(everything, new Visibility(true, null), store), names, out);

        assertThat(written).isEqualTo(WORKS);
        ExportedSheet sheet = ExportedSheet.read(out.toByteArray());
        List<Row> rows = sheet.rows();
        assertThat(rows).hasSize(WORKS);
        List<Registration> expected = store.matching(RegistrationCriteria.all(RegistrationType.WORK),
                new Visibility(true, null));
        for (int i = 0; i < WORKS; i++) {
            Row row = rows.get(i);
            Work work = (Work) expected.get(i);
            assertThat(sheet.cell(row, "STT").getNumericCellValue()).isEqualTo(i + 1);
            assertThat(sheet.cell(row, "Tên công trình").getStringCellValue()).isEqualTo(work.name());
            assertThat(sheet.cell(row, "Đơn vị").getStringCellValue()).isEqualTo(names.apply(work.unit()));
            assertThat(sheet.cell(row, ExportLayout.ID_HEADER).getStringCellValue()).isEqualTo(GlobalId.of(work));
            assertThat(sheet.cell(row, ExportLayout.VERSION_HEADER).getNumericCellValue()).isEqualTo(work.version());
        }
        XSSFSheet xssf = (XSSFSheet) sheet.sheet();
        assertThat(CellRangeAddress.valueOf(xssf.getCTWorksheet().getAutoFilter().getRef()).getLastRow())
                .isEqualTo(RegistrationWorkbook.HEADER_ROW + WORKS);
        assertThat(xssf.getSheetName()).isEqualTo("Công trình");
    }

    @Test
    void anExportOfNothingIsTheTitlesAndTheHeaderWithTheFilterOnTheHeaderAlone() throws IOException {
        ExportRequest none = new ExportRequest(RegistrationType.WORK, CT32, List.of(),
                Set.of(RegistrationStatus.CANCELLED), List.of(CT32.taskArea(new TaskAreaCode("HEALTH")).orElseThrow()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = RegistrationWorkbook.write(ExportLayout.of(RegistrationType.WORK, CT32),
                new RegistrationWorkbook.Titles(CT32.name(), ExportWords.WHOLE_CITY, LocalDate.of(2022, 7, 1)),
                RegistrationPages.of(none, new Visibility(true, null), store), c -> c.value(), out);

        assertThat(written).isZero();
        ExportedSheet sheet = ExportedSheet.read(out.toByteArray());
        assertThat(sheet.rows()).isEmpty();
        assertThat(((XSSFSheet) sheet.sheet()).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:N5");
    }

    private static List<Registration> drain(RegistrationPages pages) {
        List<Registration> read = new ArrayList<>();
        pages.forEachRemaining(read::add);
        return read;
    }

    /** Works spread over four wards, four task areas (one unstated) and every status, named in no order. */
    private static List<Work> works() {
        List<Work> works = new ArrayList<>();
        RegistrationStatus[] statuses = RegistrationStatus.values();
        for (int i = 0; i < WORKS; i++) {
            Unit unit = WARDS.get(i % WARDS.size());
            WorkDetails details = WorkDetails.of("Công trình số " + Integer.toString((i * 7919) % 10_007, 36) + " " + i,
                    i % 2 == 0 ? WorkKind.INAUGURATION : WorkKind.GROUNDBREAKING, LocalDate.of(2022, 5, 1 + i % 30))
                    .withTaskArea(AREAS.get((i / 4) % AREAS.size())).withInvestment(new Vnd(1_000_000L * i));
            RegistrationStatus status = statuses[(i / 16) % statuses.length];
            works.add(new Work(new RegistrationId(UUID.nameUUIDFromBytes(Integer.toString(i).getBytes()).toString()),
                    CT32.code(), unit.code(), details, status, status.requiresReason() ? "Lý do " + i : null,
                    status.takesActualDay() ? LocalDate.of(2022, 6, 1) : null, false, i % 3));
        }
        return works;
    }
}
