package vn.campaign.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.closing.FinalReport;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.statistics.StatusCount;

/**
 * The summary report of a closed campaign, drawn up from its stored {@link FinalReport} only, so that nothing
 * done after the closing (a completion in the grace days, a unit renamed, a registration edited after a
 * reopening) changes it: dated the closing day, in the administrative layout of {@link SummaryReport}, with
 * the targets' results, the works and events by status, the investment and plaques, and every bound unit against
 * every obligation as they stood at closing.
 *
 * @param heading      who issues and signs it
 * @param date         the closing day
 * @param documentType "BÁO CÁO"
 * @param subject      what it is about
 * @param campaignName the campaign's name
 * @param basis        the document the campaign implements, in parentheses
 * @param note         what the figures are
 * @param tables       Biểu số 01 to 04
 * @since 0.4.0
 */
public record FinalSummary(ReportHeading heading, LocalDate date, String documentType, String subject,
        String campaignName, @Nullable String basis, String note, List<FinalTable> tables) {

    /**
     * Validates the summary.
     *
     * @param heading      who issues and signs it
     * @param date         the closing day
     * @param documentType "BÁO CÁO"
     * @param subject      what it is about
     * @param campaignName the campaign's name
     * @param basis        the document the campaign implements, or {@code null}
     * @param note         what the figures are
     * @param tables       the tables
     */
    public FinalSummary {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(note, "note");
        tables = List.copyOf(tables);
    }

    /**
     * The summary of a closing.
     *
     * @param campaign the campaign, for its name, directive and obligations' names
     * @param heading  who issues and signs it
     * @param report   the report kept at closing
     * @return the summary
     */
    public static FinalSummary of(Campaign campaign, ReportHeading heading, FinalReport report) {
        String basis = SummaryReportBuilder.basis(campaign);
        String note = "Ghi chú: số liệu chốt khi kết thúc đợt thi đua, " + SummaryReport.dateInWords(report.closedOn())
                + "; các thay đổi sau đó không làm thay đổi báo cáo này. Chỉ các đăng ký đã hoàn thành được tính là"
                + " đạt yêu cầu; không tính các đăng ký không được duyệt hoặc đã hủy.";
        return new FinalSummary(heading, report.closedOn(), "BÁO CÁO", "Tổng kết kết quả đợt thi đua", campaign.name(),
                basis, note, List.of(targets(report), statuses(report), investment(report), units(campaign, report)));
    }

    /**
     * The place and date line.
     *
     * @return "Thành phố Hà Tĩnh, ngày 16 tháng 6 năm 2022"
     */
    public String placeAndDate() {
        return heading.place() + ", " + SummaryReport.dateInWords(date);
    }

    private static FinalTable targets(FinalReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FinalReport.TargetLine t : report.targets()) {
            BigDecimal goal = t.goal();
            rows.add(List.of(text(rows.size() + 1), new Cell.Text(t.name()),
                    new Cell.Text(goal == null ? "-" : goal.stripTrailingZeros().toPlainString()),
                    new Cell.Text(t.figure().stripTrailingZeros().toPlainString()),
                    new Cell.Text(goal == null ? "-" : t.reached() ? "Đạt" : "Chưa đạt")));
        }
        return new FinalTable("Biểu số 01", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                List.of("STT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"), rows, false);
    }

    private static FinalTable statuses(FinalReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        long works = 0;
        long events = 0;
        for (RegistrationStatus status : RegistrationStatus.values()) {
            int w = count(report.works(), status);
            int e = count(report.events(), status);
            works += w;
            events += e;
            rows.add(List.of(text(rows.size() + 1), new Cell.Text(SummaryReportBuilder.status(status)),
                    new Cell.Figure(w), new Cell.Figure(e)));
        }
        rows.add(List.of(new Cell.Text(""), new Cell.Text(RegistrationTable.TOTAL), new Cell.Figure(works),
                new Cell.Figure(events)));
        return new FinalTable("Biểu số 02", "CÔNG TRÌNH, SỰ KIỆN THEO TRẠNG THÁI",
                List.of("STT", "Trạng thái", "Công trình", "Sự kiện"), rows, true);
    }

    private static FinalTable investment(FinalReport report) {
        return new FinalTable("Biểu số 03", "ĐẦU TƯ VÀ GẮN BIỂN CÔNG TRÌNH", List.of("STT", "Nội dung", "Số liệu"),
                List.of(List.of(text(1), new Cell.Text("Tổng mức đầu tư các công trình (đồng)"),
                                new Cell.Figure(report.investment())),
                        List.of(text(2), new Cell.Text("Số công trình được gắn biển"),
                                new Cell.Figure(report.plaquesAwarded()))), false);
    }

    private static FinalTable units(Campaign campaign, FinalReport report) {
        List<String> codes = new ArrayList<>();
        report.units().forEach(u -> u.obligations().forEach(o -> {
            if (!codes.contains(o.code())) {
                codes.add(o.code());
            }
        }));
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị"));
        for (String code : codes) {
            headers.add(campaign.obligations().stream().filter(o -> o.code().equals(code)).map(Obligation::name)
                    .findFirst().orElse(code));
        }
        headers.add("Đánh giá chung");
        List<List<Cell>> rows = new ArrayList<>();
        long[] satisfied = new long[codes.size()];
        for (FinalReport.UnitLine unit : report.units()) {
            List<Cell> row = new ArrayList<>(List.of(text(rows.size() + 1), new Cell.Text(unit.unitName())));
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                Optional<FinalReport.ObligationLine> line = unit.obligations().stream()
                        .filter(o -> o.code().equals(code)).findFirst();
                ComplianceMark mark = line.map(FinalSummary::mark).orElse(ComplianceMark.NOT_BOUND);
                if (mark == ComplianceMark.SATISFIED) {
                    satisfied[i]++;
                }
                row.add(new Cell.Text(mark.label()));
            }
            row.add(new Cell.Text(unit.compliant() ? "Đạt" : "Chưa đạt"));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>(List.of(new Cell.Text(""), new Cell.Text(ComplianceTable.SATISFIED_ROW)));
        for (long n : satisfied) {
            total.add(new Cell.Figure(n));
        }
        total.add(new Cell.Figure(report.compliantUnits()));
        rows.add(total);
        return new FinalTable("Biểu số 04", "TỔNG HỢP ĐƠN VỊ THỰC HIỆN CÁC YÊU CẦU ĐĂNG KÝ", headers, rows, true);
    }

    private static ComplianceMark mark(FinalReport.ObligationLine line) {
        return switch (line.status()) {
            case SATISFIED -> ComplianceMark.SATISFIED;
            case PENDING -> line.overdue() > 0 ? ComplianceMark.OVERDUE : ComplianceMark.PENDING;
            case MISSING -> ComplianceMark.MISSING;
        };
    }

    private static int count(List<StatusCount> counts, RegistrationStatus status) {
        return counts.stream().filter(c -> c.status() == status).mapToInt(StatusCount::count).sum();
    }

    private static Cell text(int number) {
        return new Cell.Text(String.valueOf(number));
    }
}
