package vn.campaign.importer.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.campaign.core.application.Saved;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;
import vn.campaign.importer.issue.Issue;

/** Reports with intention-revealing contents, for the report's own tests. */
final class Reports {

    private Reports() {
    }

    static WorkLine bacHaCulturalHouse() {
        return new WorkLine("Công trình", 7, "18076", "Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION,
                LocalDate.of(2022, 5, 19), 1_200_000_000L, true, "Tổ dân phố 5", null, null, Saved.Change.CREATED,
                "0b5f1c9e-8a49-4a3e-9d7c-2f0c6f6b1a11");
    }

    static EventLine thachHaFestival() {
        return new EventLine("Sự kiện", 9, "18100", "Lễ hội cầu ngư Thạch Hạ", EventKind.TRADITIONAL_FESTIVAL,
                LocalDate.of(2022, 6, 10), LocalDate.of(2022, 6, 12), null, Saved.Change.UPDATED,
                "7e1d2c3b-4a59-4b6c-8d7e-9f0a1b2c3d44");
    }

    static Issue dateOutsideCampaign() {
        return new Issue("Công trình", 12, "F", IssueCodes.named("DATE_OUTSIDE_CAMPAIGN"), Severity.ERROR,
                new Message("Ngày 2022-06-30 nằm ngoài thời gian đợt thi đua (2022-04-01..2022-06-15).",
                "The date 2022-06-30 lies outside the campaign period (2022-04-01..2022-06-15)."), "30/6/2022",
                FieldPath.of("plannedOn"));
    }

    static Issue monthTakenAsFirstDay() {
        return new Issue("Công trình", 8, "E", IssueCodes.named("DATE_IS_MONTH"), Severity.WARNING,
                new Message("“tháng 5/2022” chỉ ghi tháng, không ghi ngày; đã lấy ngày đầu tiên 01/05/2022.",
                "\"tháng 5/2022\" gives a month, not a day; its first day, 2022-05-01, was taken."), "tháng 5/2022",
                FieldPath.of("plannedOn"));
    }

    static SheetReport worksSheet() {
        return new SheetReport("Công trình", 0, false, "WORKS", "the name column's header \"Tên công trình\" names works",
                4, 5, List.of(new ColumnChoice("UNIT", "B", "Đơn vị", "HEADER_SYNONYM"),
                        new ColumnChoice("NAME", "C", "Tên công trình", "HEADER_SYNONYM")),
                List.of(new UnmappedColumn("H", "Kinh phí cũ (đồng)", true)),
                List.of(new EncodingChoice("font \".VnTime\"", "TCVN3", 40, "B7", "font \".VnTime\" is a TCVN3 font")),
                null, null, 3, Map.of("TITLE", 3, "HEADER", 2), 1, 13, List.of());
    }

    static FileReport worksFile() {
        return new FileReport("cong-trinh.xlsx", "XLSX", null,
                new Counts(3, 1, 1, 0, 1, 5, Map.of("TITLE", 3, "HEADER", 2)), List.of(worksSheet()),
                List.of(bacHaCulturalHouse()), List.of(thachHaFestival()),
                List.of(monthTakenAsFirstDay(), dateOutsideCampaign()), 412);
    }

    static FileReport encryptedFile() {
        return FileReport.failed("mat-khau.xlsx", "XLS", FileError.of("ENCRYPTED",
                "mat-khau.xlsx: the workbook is encrypted (protected by a password)"), List.of(), 3);
    }
}
