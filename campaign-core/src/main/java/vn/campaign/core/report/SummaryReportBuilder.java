package vn.campaign.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.PlaqueWork;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/** Builds a {@link SummaryReport} from a campaign, its units and its registrations. */
final class SummaryReportBuilder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The order of the groups: wards, communes, townships, the organisations, the city itself last. */
    private static final List<UnitKind> GROUP_ORDER = List.of(UnitKind.WARD, UnitKind.COMMUNE, UnitKind.TOWNSHIP,
            UnitKind.AGENCY, UnitKind.PARTY_ORGANISATION, UnitKind.MASS_ORGANISATION, UnitKind.SCHOOL,
            UnitKind.ENTERPRISE, UnitKind.CITY);

    private final Campaign campaign;
    private final Map<UnitCode, Unit> units = new LinkedHashMap<>();
    private final List<Work> works = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    SummaryReportBuilder(Campaign campaign, Collection<Unit> allUnits, Collection<? extends Registration> registrations) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        allUnits.stream().sorted(Comparator.comparing((Unit u) -> u.code().value()))
                .forEach(u -> units.merge(u.code(), u, this::moreRelevant));
        for (Registration r : registrations) {
            if (!r.campaign().equals(campaign.code()) || !r.status().counts()) {
                continue;
            }
            if (!units.containsKey(r.unit())) {
                throw new IllegalArgumentException("registration " + r.id() + " belongs to unit " + r.unit()
                        + ", which is not among the units given");
            }
            if (r instanceof Work w) {
                works.add(w);
            } else if (r instanceof Event e) {
                events.add(e);
            }
        }
        works.sort(Comparator.comparing((Work w) -> w.details().plannedOn(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Work::foldedName));
        events.sort(Comparator.comparing((Event e) -> e.details().startsOn(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Event::foldedName));
    }

    /** Of two units under one code, the one valid at the end of the campaign, else during it, else the later. */
    private Unit moreRelevant(Unit a, Unit b) {
        LocalDate end = campaign.period().endsOn();
        if (a.isValidOn(end) != b.isValidOn(end)) {
            return a.isValidOn(end) ? a : b;
        }
        if (a.isValidDuring(campaign.period()) != b.isValidDuring(campaign.period())) {
            return a.isValidDuring(campaign.period()) ? a : b;
        }
        return b;
    }

    SummaryReport build(ReportHeading heading, LocalDate date) {
        String basis = basis(campaign);
        String note = "Ghi chú: số liệu tính đến " + SummaryReport.dateInWords(date) + ", gồm các công trình, sự kiện"
                + " đã đăng ký (chờ duyệt), đã duyệt và đã hoàn thành; không tính các đăng ký không được duyệt"
                + " hoặc đã hủy." + (campaign.hasEndedBy(date) ? " Đợt thi đua đã kết thúc: chỉ các đăng ký đã hoàn thành"
                + " được tính là đạt yêu cầu." : "");
        return new SummaryReport(heading, date, "BÁO CÁO", "Tổng hợp kết quả đăng ký công trình, sự kiện chào mừng",
                campaign.name(), basis, note, worksTable(), eventsTable(), complianceTable(date), plaqueTable());
    }

    /** The line naming the directive a campaign implements: "(Thực hiện Chỉ thị số … ngày dd/MM/yyyy của …)". */
    static String basis(Campaign campaign) {
        return "(Thực hiện Chỉ thị số " + campaign.directive().number() + " ngày "
                + DAY.format(campaign.directive().issuedOn()) + " của " + campaign.directive().issuer() + ")";
    }

    // --- Biểu số 01 ---

    private RegistrationTable worksTable() {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        boolean unknownSource = false;
        List<Long> amounts = new ArrayList<>();
        for (Work w : works) {
            Vnd investment = w.details().investment();
            if (investment == null) {
                continue;
            }
            amounts.add(investment.amount());
            String source = w.details().fundingSource();
            if (source == null) {
                unknownSource = true;
            } else {
                spellings.computeIfAbsent(VietnameseText.fold(source), k -> new TreeMap<>()).merge(source, 1, Integer::sum);
            }
        }
        // one column per source, in folded order, headed by its most frequent spelling
        Map<String, String> sources = new LinkedHashMap<>();
        spellings.forEach((folded, counts) -> sources.put(folded, counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Loại công trình", Column.Kind.TEXT),
                new Column("Thời gian dự kiến", Column.Kind.DATE),
                new Column("Địa điểm", Column.Kind.TEXT),
                new Column("Số lượng", Column.Kind.COUNT),
                new Column("Tổng mức đầu tư", Column.Kind.AMOUNT)));
        boolean split = !sources.isEmpty();
        if (split) {
            sources.values().forEach(s -> columns.add(new Column("Trong đó: " + s, Column.Kind.AMOUNT)));
            if (unknownSource) {
                columns.add(new Column("Trong đó: chưa rõ nguồn vốn", Column.Kind.AMOUNT));
            }
        }
        columns.add(new Column("Gắn biển", Column.Kind.TEXT));
        columns.add(new Column("Trạng thái", Column.Kind.TEXT));
        List<String> sourceKeys = List.copyOf(sources.keySet());
        boolean unknownColumn = split && unknownSource;
        Function<Work, Line> line = w -> {
            WorkDetails d = w.details();
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell.Text(workKind(d.kind())));
            cells.add(Cell.day(d.plannedOn()));
            cells.add(Cell.text(d.location()));
            cells.add(new Cell.Figure(1));
            cells.add(d.investment() == null ? Cell.BLANK : new Cell.Figure(d.investment().amount()));
            if (split) {
                String key = d.fundingSource() == null ? null : VietnameseText.fold(d.fundingSource());
                for (String k : sourceKeys) {
                    cells.add(d.investment() != null && k.equals(key) ? new Cell.Figure(d.investment().amount())
                            : Cell.BLANK);
                }
                if (unknownColumn) {
                    cells.add(d.investment() != null && key == null ? new Cell.Figure(d.investment().amount())
                            : Cell.BLANK);
                }
            }
            cells.add(new Cell.Text(d.plaqueRequested() || w.plaqueAwarded() ? "Có" : "Không"));
            cells.add(new Cell.Text(status(w.status())));
            return new Line(w.name(), cells);
        };
        return new RegistrationTable("Biểu số 01", "DANH SÁCH CÔNG TRÌNH CHÀO MỪNG ĐĂNG KÝ",
                "Đơn vị / Tên công trình", AmountUnit.fitting(amounts), columns,
                groups(RegistrationType.WORK, works, Work::unit, line));
    }

    // --- Biểu số 02 ---

    private RegistrationTable eventsTable() {
        List<Column> columns = List.of(
                new Column("Loại sự kiện", Column.Kind.TEXT),
                new Column("Từ ngày", Column.Kind.DATE),
                new Column("Đến ngày", Column.Kind.DATE),
                new Column("Địa điểm", Column.Kind.TEXT),
                new Column("Đơn vị chủ trì", Column.Kind.TEXT),
                new Column("Số lượng", Column.Kind.COUNT),
                new Column("Số người tham gia dự kiến", Column.Kind.COUNT),
                new Column("Trạng thái", Column.Kind.TEXT));
        Function<Event, Line> line = e -> {
            EventDetails d = e.details();
            return new Line(e.name(), List.of(new Cell.Text(eventKind(d.kind())), Cell.day(d.startsOn()),
                    Cell.day(d.endsOn()), Cell.text(d.venue()), Cell.text(d.host()), new Cell.Figure(1),
                    d.expectedParticipants() == null ? Cell.BLANK : new Cell.Figure(d.expectedParticipants()),
                    new Cell.Text(status(e.status()))));
        };
        return new RegistrationTable("Biểu số 02", "DANH SÁCH LỄ HỘI, SỰ KIỆN ĐĂNG KÝ", "Đơn vị / Tên sự kiện",
                AmountUnit.DONG, columns, groups(RegistrationType.EVENT, events, Event::unit, line));
    }

    /**
     * The groups of a registration table: every unit an obligation of that type binds, and every unit that
     * registered something of it.
     */
    private <R> List<Group<UnitBlock>> groups(RegistrationType type, List<R> registrations, Function<R, UnitCode> unitOf,
            Function<R, Line> line) {
        Map<UnitCode, List<Line>> byUnit = new TreeMap<>(Comparator.comparing(UnitCode::value));
        for (Unit u : units.values()) {
            boolean bound = u.isValidDuring(campaign.period()) && campaign.obligations().stream()
                    .anyMatch(o -> o.registers() == type && o.appliesTo().contains(u.kind()));
            if (bound) {
                byUnit.put(u.code(), new ArrayList<>());
            }
        }
        for (R r : registrations) {
            byUnit.computeIfAbsent(unitOf.apply(r), k -> new ArrayList<>()).add(line.apply(r));
        }
        Map<UnitKind, List<UnitBlock>> byKind = new EnumMap<>(UnitKind.class);
        for (Map.Entry<UnitCode, List<Line>> entry : byUnit.entrySet()) {
            Unit unit = unit(entry.getKey());
            List<UnitBlock> blocks = byKind.computeIfAbsent(unit.kind(), k -> new ArrayList<>());
            blocks.add(new UnitBlock(blocks.size() + 1, unit, entry.getValue()));
        }
        return grouped(byKind);
    }

    private static <R> List<Group<R>> grouped(Map<UnitKind, List<R>> byKind) {
        List<Group<R>> groups = new ArrayList<>();
        for (UnitKind kind : GROUP_ORDER) {
            List<R> rows = byKind.get(kind);
            if (rows != null && !rows.isEmpty()) {
                groups.add(new Group<>(roman(groups.size() + 1), groupTitle(kind), rows));
            }
        }
        return groups;
    }

    // --- Biểu số 03 ---

    /** The compliance on the report's date: after the campaign's end, only completed registrations meet it. */
    private ComplianceTable complianceTable(LocalDate date) {
        List<Registration> counted = new ArrayList<>(works);
        counted.addAll(events);
        ComplianceReport report = ComplianceEvaluator.evaluate(campaign, units.values(), counted, date);
        // a column per obligation that binds some unit of the report: an obligation on organisations the
        // platform does not hold yet (party cells, mass organisations) would be a column of blanks
        List<Obligation> obligations = campaign.obligations().stream()
                .filter(o -> report.units().stream().anyMatch(u -> o.appliesTo().contains(u.unit().kind())))
                .toList();
        Map<UnitKind, List<ComplianceRow>> byKind = new EnumMap<>(UnitKind.class);
        int[] satisfied = new int[obligations.size()];
        for (UnitCompliance unit : report.units()) {
            List<ComplianceMark> marks = new ArrayList<>();
            for (int i = 0; i < obligations.size(); i++) {
                String code = obligations.get(i).code();
                ComplianceMark mark = unit.obligations().stream().filter(r -> r.obligation().code().equals(code))
                        .map(r -> ComplianceMark.of(r, campaign.hasEndedBy(date))).findFirst()
                        .orElse(ComplianceMark.NOT_BOUND);
                if (mark == ComplianceMark.SATISFIED) {
                    satisfied[i]++;
                }
                marks.add(mark);
            }
            List<ComplianceRow> rows = byKind.computeIfAbsent(unit.unit().kind(), k -> new ArrayList<>());
            rows.add(new ComplianceRow(rows.size() + 1, unit.unit(), marks, unit.compliant()));
        }
        return new ComplianceTable("Biểu số 03", "TỔNG HỢP ĐƠN VỊ THỰC HIỆN CÁC YÊU CẦU ĐĂNG KÝ",
                obligations.stream().map(Obligation::name).toList(), "Đánh giá chung", grouped(byKind),
                java.util.Arrays.stream(satisfied).boxed().toList(), report.compliantUnits());
    }

    // --- Biểu số 04 ---

    private PlaqueTable plaqueTable() {
        List<PlaqueLine> lines = new ArrayList<>();
        @Nullable Unit organiser = units.get(campaign.organiser());
        String organiserName = organiser == null ? campaign.directive().issuer() : organiser.name();
        for (PlaqueWork work : campaign.plaqueWorks()) {
            lines.add(new PlaqueLine(lines.size() + 1, work.name(), organiserName, "Do " + organiserName + " lựa chọn"));
        }
        addPlaqueWorks(lines, Work::plaqueAwarded, "Đã gắn biển");
        addPlaqueWorks(lines, w -> !w.plaqueAwarded() && w.details().plaqueRequested(), "Đơn vị đề nghị gắn biển");
        return new PlaqueTable("Biểu số 04", "DANH SÁCH CÔNG TRÌNH GẮN BIỂN CHÀO MỪNG",
                List.of("STT", "Tên công trình", "Đơn vị", "Căn cứ"), lines);
    }

    private void addPlaqueWorks(List<PlaqueLine> lines, Predicate<Work> which, String basis) {
        works.stream().filter(which)
                .sorted(Comparator.comparing((Work w) -> groupRank(unit(w.unit()).kind()))
                        .thenComparing(w -> w.unit().value()))
                .forEach(w -> lines.add(new PlaqueLine(lines.size() + 1, w.name(), unit(w.unit()).name(), basis)));
    }

    // --- words ---

    private static int groupRank(UnitKind kind) {
        return GROUP_ORDER.indexOf(kind);
    }

    static String groupTitle(UnitKind kind) {
        return switch (kind) {
            case WARD -> "CÁC PHƯỜNG";
            case COMMUNE -> "CÁC XÃ";
            case TOWNSHIP -> "CÁC THỊ TRẤN";
            case AGENCY -> "CÁC CƠ QUAN";
            case PARTY_ORGANISATION -> "CÁC TỔ CHỨC ĐẢNG";
            case MASS_ORGANISATION -> "CÁC ĐOÀN THỂ";
            case SCHOOL -> "CÁC TRƯỜNG HỌC";
            case ENTERPRISE -> "CÁC DOANH NGHIỆP";
            case CITY -> "CẤP THÀNH PHỐ";
        };
    }

    static String workKind(WorkKind kind) {
        return switch (kind) {
            case INAUGURATION -> "Khánh thành";
            case GROUNDBREAKING -> "Khởi công";
        };
    }

    static String eventKind(EventKind kind) {
        return switch (kind) {
            case TRADITIONAL_FESTIVAL -> "Lễ hội truyền thống";
            case CULTURAL -> "Sự kiện văn hóa";
            case SPORTS -> "Sự kiện thể thao";
        };
    }

    static String status(RegistrationStatus status) {
        return switch (status) {
            case REGISTERED -> "Chờ duyệt";
            case APPROVED -> "Đã duyệt";
            case COMPLETED -> "Đã hoàn thành";
            case REJECTED -> "Không duyệt";
            case CANCELLED -> "Đã hủy";
            case RETURNED -> "Trả lại bổ sung";
        };
    }

    /**
     * A number in Roman numerals.
     *
     * @param n from 1 to 3999
     * @return "I", "II", "IV", …
     */
    static String roman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("no Roman numeral for " + n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                s.append(symbols[i]);
                rest -= values[i];
            }
        }
        return s.toString();
    }

    /** The unit of a registration the report counts: every such unit was read with the campaign's units. */
    private Unit unit(UnitCode code) {
        return Objects.requireNonNull(units.get(code), () -> "no unit " + code.value() + " among the campaign's units");
    }
}
