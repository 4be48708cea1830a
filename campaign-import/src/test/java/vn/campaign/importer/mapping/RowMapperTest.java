package vn.campaign.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitKind;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.parse.RowParser;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.Field;
import vn.campaign.importer.sheet.SheetLayout;

class RowMapperTest {

    private final RowMapper mapper = hatinhMapper();
    private final SheetLayout works = Sheets.works();
    private final SheetLayout events = Sheets.events();

    private static RowMapper hatinhMapper() {
        InMemoryUnits units = new InMemoryUnits();
        units.saveAll(HaTinhCity.units());
        return RowMapper.forCampaign(Directive32.campaign(), units);
    }

    @Test
    void mapsAWorkRowToTheCoreCommandWithEveryValueRead() {
        MappedRow mapped = map(mapper, works, Sheets.row(works, 7)
                .text(Field.UNIT, "P. Bắc Hà")
                .text(Field.NAME, "Nhà văn hóa tổ dân phố 5")
                .text(Field.KIND, "Khánh thành")
                .date(Field.PLANNED_DATE, LocalDate.of(2022, 5, 19))
                .text(Field.AMOUNT, "1.200")
                .text(Field.PLAQUE, "x")
                .text(Field.LOCATION, "Tổ dân phố 5")
                .text(Field.NOTES, "Vốn ngân sách phường")
                .build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.WorkRow.class, work -> {
            assertThat(work.command().campaignCode()).isEqualTo("CT32-2022");
            assertThat(work.command().unitCode()).isEqualTo("18076");
            assertThat(work.command().details()).isEqualTo(new WorkDetails("Nhà văn hóa tổ dân phố 5",
                    WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19), null, "Tổ dân phố 5", null,
                    new Vnd(1_200_000_000L), null, null, true, "Vốn ngân sách phường"));
            assertThat(work.issues()).extracting(i -> i.code().name()).containsExactly("AMOUNT_SEPARATOR_AMBIGUOUS");
            assertThat(work.cell(FieldPath.of("plannedOn"))).contains(new CellRef("D", "2022-05-19"));
            assertThat(work.cell(FieldPath.of("unitCode"))).contains(new CellRef("A", "P. Bắc Hà"));
        });
    }

    @Test
    void takesTheFirstDayOfAMonthWithAWarningThatNamesTheDayTaken() {
        MappedRow mapped = map(mapper, works, workRow(8).text(Field.PLANNED_DATE, "tháng 5/2022").build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.WorkRow.class, work -> {
            assertThat(work.command().details().plannedOn()).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(work.issues()).extracting(i -> i.code().name(), Issue::severity, Issue::column, Issue::value, i -> Objects.toString(i.field(), null))
                    .containsExactly(tuple("DATE_IS_MONTH", Severity.WARNING, "D", "tháng 5/2022", "plannedOn"));
            assertThat(work.issues().get(0).message().en())
                    .isEqualTo("\"tháng 5/2022\" gives a month, not a day; its first day, 2022-05-01, was taken.");
            assertThat(work.issues().get(0).message().vi())
                    .isEqualTo("“tháng 5/2022” chỉ ghi tháng, không ghi ngày; đã lấy ngày đầu tiên 01/05/2022.");
        });
    }

    @Test
    void takesTheFirstDayOfAQuarter() {
        MappedRow mapped = map(mapper, works, workRow(8).text(Field.PLANNED_DATE, "Quý II/2022").build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.WorkRow.class, work -> {
            assertThat(work.command().details().plannedOn()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(work.issues()).extracting(i -> i.code().name()).containsExactly("DATE_IS_QUARTER");
        });
    }


    @Test
    void takesTheGroundbreakingDayWhenNoPlannedDayIsGiven() {
        MappedRow mapped = map(mapper, works, Sheets.row(works, 9).text(Field.UNIT, "Xã Thạch Hạ")
                .text(Field.NAME, "Kênh thoát nước").text(Field.KIND, "KC")
                .date(Field.START_DATE, LocalDate.of(2022, 6, 1)).date(Field.END_DATE, LocalDate.of(2022, 12, 1)).build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.WorkRow.class, work -> {
            assertThat(work.command().details().kind()).isEqualTo(WorkKind.GROUNDBREAKING);
            assertThat(work.command().details().plannedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
            assertThat(work.cell(FieldPath.of("plannedOn"))).contains(new CellRef("E", "2022-06-01"));
        });
    }

    @Test
    void warnsWhenThePlannedDayDisagreesWithTheDayOfTheKindsOwnColumn() {
        MappedRow mapped = map(mapper, works, workRow(8).text(Field.KIND, "Khánh thành")
                .date(Field.PLANNED_DATE, LocalDate.of(2022, 5, 19)).text(Field.END_DATE, "20/5/2022").build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.WorkRow.class, work -> {
            assertThat(work.command().details().plannedOn()).isEqualTo(LocalDate.of(2022, 5, 19));
            assertThat(work.issues()).extracting(i -> i.code().name(), Issue::column, Issue::value)
                    .containsExactly(tuple("DATES_DISAGREE", "F", "20/5/2022"));
        });
    }

    @Test
    void readsAGsoCodeWrittenAsANumber() {
        MappedRow mapped = map(mapper, works, workRow(8).number(Field.UNIT, "18100").build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.WorkRow.class, work ->
                assertThat(work.command().unitCode()).isEqualTo("18100"));
    }

    @Test
    void takesTheUnitOfTheGroupHeadingAboveWhenTheRowHasNoUnitCell() {
        MappedRow mapped = map(mapper, works, Sheets.row(works, 7).underGroupNaming("Phường Trần Phú")
                .text(Field.NAME, "Chợ Hà Tĩnh").text(Field.KIND, "Khởi công").text(Field.PLANNED_DATE, "28/5/2022")
                .build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.WorkRow.class, work -> {
            assertThat(work.command().unitCode()).isEqualTo("18070");
            assertThat(work.cell(FieldPath.of("unitCode"))).contains(new CellRef(null, "Phường Trần Phú"));
        });
    }

    @Test
    void rejectsAUnitThatNamesNoUnitOfTheCampaign() {
        MappedRow mapped = map(mapper, works, workRow(8).text(Field.UNIT, "Phường Hoàn Kiếm").build());

        assertThat(mapped).isInstanceOf(MappedRow.Rejected.class);
        assertThat(mapped.issues()).extracting(i -> i.code().name(), Issue::severity, Issue::column, Issue::value, i -> Objects.toString(i.field(), null))
                .containsExactly(tuple("UNIT_UNRECOGNISED", Severity.ERROR, "A", "Phường Hoàn Kiếm", "unitCode"));
        assertThat(mapped.issues().get(0).message().en())
                .isEqualTo("\"Phường Hoàn Kiếm\" names none of the units taking part in the campaign.");
    }

    @Test
    void rejectsAFormerCommuneNamingTheCommuneItMergedInto() {
        MappedRow mapped = map(mapper, works, workRow(8).text(Field.UNIT, "Xã Thạch Môn").build());

        assertThat(mapped).isInstanceOf(MappedRow.Rejected.class);
        assertThat(mapped.issues()).extracting(i -> i.code().name(), Issue::severity, Issue::column, Issue::value, i -> Objects.toString(i.field(), null))
                .containsExactly(tuple("UNIT_MERGED", Severity.ERROR, "A", "Xã Thạch Môn", "unitCode"));
        assertThat(mapped.issues().get(0).message().en()).isEqualTo("Xã Thạch Môn merged into Xã Đồng Môn on 01/01/2020.");
    }

    @Test
    void rejectsAnAmbiguousUnitNamingEveryCandidate() {
        List<Unit> units = new ArrayList<>(HaTinhCity.units());
        units.add(Unit.of("18101", "Phường Thạch Hạ", UnitKind.WARD, "436"));
        RowMapper withTwoThachHa = new RowMapper("CT32-2022", units);

        MappedRow mapped = map(withTwoThachHa, works, workRow(8).text(Field.UNIT, "Thạch Hạ").build());

        assertThat(mapped).isInstanceOf(MappedRow.Rejected.class);
        assertThat(mapped.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code().name()).isEqualTo("UNIT_AMBIGUOUS");
            assertThat(issue.message().en()).isEqualTo("\"Thạch Hạ\" could name several units: 18100 Xã Thạch Hạ,"
                    + " 18101 Phường Thạch Hạ. Write \"phường\" or \"xã\", or the unit's code.");
            assertThat(issue.value()).isEqualTo("Thạch Hạ");
        });
    }

    @Test
    void rejectsARowWithoutUnit() {
        MappedRow mapped = map(mapper, works, Sheets.row(works, 8).text(Field.NAME, "Nhà văn hóa")
                .text(Field.KIND, "KT").text(Field.PLANNED_DATE, "19/5/2022").build());

        assertThat(mapped.issues()).extracting(i -> i.code().name(), Issue::column).containsExactly(tuple("UNIT_MISSING", "A"));
    }

    @Test
    void reportsEveryProblemOfARowAtOnce() {
        MappedRow mapped = map(mapper, works, Sheets.row(works, 12).text(Field.UNIT, "Phường Không Có")
                .text(Field.NAME, "Nhà văn hóa").text(Field.KIND, "sửa chữa").text(Field.PLANNED_DATE, "31/4/2022")
                .text(Field.AMOUNT, "khoảng một tỷ").text(Field.PLAQUE, "có lẽ").error(Field.LOCATION, "#N/A").build());

        assertThat(mapped).isInstanceOf(MappedRow.Rejected.class);
        assertThat(mapped.issues()).extracting(i -> i.code().name(), Issue::column).containsExactlyInAnyOrder(
                tuple("CELL_ERROR", "G"), tuple("UNIT_UNRECOGNISED", "A"), tuple("WORK_KIND_UNKNOWN", "C"),
                tuple("DATE_IMPOSSIBLE", "D"), tuple("AMOUNT_UNREADABLE", "H"), tuple("PLAQUE_MARK_UNREADABLE", "I"));
        assertThat(mapped.issues()).allMatch(issue -> issue.row() == 12 && issue.sheet().equals("Danh sách"));
    }



    @Test
    void mapsAnEventRowAndWarnsAboutValuesAnEventCannotHold() {
        MappedRow mapped = map(mapper, events, Sheets.row(events, 4).text(Field.UNIT, "Xã Đồng Môn")
                .text(Field.NAME, "Lễ hội đình làng Đồng Môn").text(Field.KIND, "Lễ hội truyền thống")
                .text(Field.PLANNED_DATE, "15/5/2022").text(Field.END_DATE, "17/5/2022")
                .text(Field.LOCATION, "Đình làng").text(Field.AMOUNT, "50 triệu").build());

        assertThat(mapped).isInstanceOfSatisfying(MappedRow.EventRow.class, event -> {
            assertThat(event.command().unitCode()).isEqualTo("18103");
            assertThat(event.command().details()).isEqualTo(new EventDetails("Lễ hội đình làng Đồng Môn",
                    EventKind.TRADITIONAL_FESTIVAL, LocalDate.of(2022, 5, 15), LocalDate.of(2022, 5, 17), null,
                    "Đình làng", null, null, null));
            assertThat(event.issues()).extracting(i -> i.code().name(), Issue::severity, Issue::column, Issue::value)
                    .containsExactly(tuple("VALUE_NOT_USED", Severity.WARNING, "G", "50 triệu"));
        });
    }

    @Test
    void decidesRowByRowInASheetThatMixesWorksAndEvents() {
        SheetLayout mixed = Sheets.mixed();
        MappedRow work = map(mapper, mixed, Sheets.row(mixed, 5).text(Field.UNIT, "Phường Văn Yên")
                .text(Field.NAME, "Nhà văn hóa").text(Field.KIND, "Khánh thành").text(Field.PLANNED_DATE, "1/6/2022").build());
        MappedRow event = map(mapper, mixed, Sheets.row(mixed, 6).text(Field.UNIT, "Phường Văn Yên")
                .text(Field.NAME, "Giải bóng đá").text(Field.KIND, "Thể thao").text(Field.PLANNED_DATE, "2/6/2022").build());
        MappedRow neither = map(mapper, mixed, Sheets.row(mixed, 7).text(Field.UNIT, "Phường Văn Yên")
                .text(Field.NAME, "Hội nghị").text(Field.KIND, "Khác").text(Field.PLANNED_DATE, "3/6/2022").build());

        assertThat(work).isInstanceOf(MappedRow.WorkRow.class);
        assertThat(event).isInstanceOfSatisfying(MappedRow.EventRow.class,
                e -> assertThat(e.command().details().kind()).isEqualTo(EventKind.SPORTS));
        assertThat(neither.issues()).extracting(i -> i.code().name()).containsExactly("ROW_TYPE_UNKNOWN");
    }

    @Test
    void importsAHiddenRowWithAWarning() {
        MappedRow mapped = map(mapper, works, workRow(8).hidden().build());

        assertThat(mapped).isInstanceOf(MappedRow.WorkRow.class);
        assertThat(mapped.issues()).extracting(i -> i.code().name(), Issue::column).containsExactly(tuple("ROW_HIDDEN", null));
    }




    private static MappedRow map(RowMapper mapper, SheetLayout layout, DataRow row) {
        return mapper.map(layout, new RowParser(layout).parse(row));
    }

    private Sheets.Row workRow(int number) {
        return Sheets.row(works, number).text(Field.UNIT, "Phường Nam Hà").text(Field.NAME, "Cổng chào")
                .text(Field.KIND, "Khởi công").text(Field.PLANNED_DATE, "30/5/2022");
    }
}
