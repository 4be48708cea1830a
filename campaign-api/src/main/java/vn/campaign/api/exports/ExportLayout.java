package vn.campaign.api.exports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.exports.ExportColumn.Type;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;

/**
 * The columns of an export of works or of events, and each registration's cells under them.
 *
 * <p>The headers are names the importer maps to its fields (Đơn vị, Tên công trình, Loại, Ngày dự kiến, Tổng
 * kinh phí (đồng), Nguồn vốn, Chủ đầu tư, Gắn biển, Địa điểm, Ghi chú; for events Tên lễ hội, sự kiện, Ngày bắt
 * đầu, Ngày kết thúc). The others (Lĩnh vực, Quy mô, Trạng thái, …) match none of its synonyms, so it leaves
 * them aside. At the far right two hidden columns carry the registration's global id — the id
 * {@code node(id:)} takes — and its version, for an import to find the registration and notice a stale row.
 */
final class ExportLayout {

    /** The header of the hidden column of global ids. */
    static final String ID_HEADER = "Mã hệ thống";
    /** The header of the hidden column of versions. */
    static final String VERSION_HEADER = "Phiên bản";

    private static final List<ExportColumn> WORKS = List.of(
            new ExportColumn("STT", Type.NUMBER),
            new ExportColumn("Đơn vị", Type.TEXT),
            new ExportColumn("Tên công trình", Type.TEXT),
            new ExportColumn("Loại", Type.TEXT),
            new ExportColumn("Ngày dự kiến", Type.DATE),
            new ExportColumn("Lĩnh vực", Type.TEXT),
            new ExportColumn("Địa điểm", Type.TEXT),
            new ExportColumn("Quy mô", Type.TEXT),
            new ExportColumn("Tổng kinh phí (đồng)", Type.AMOUNT),
            new ExportColumn("Nguồn vốn", Type.TEXT),
            new ExportColumn("Chủ đầu tư", Type.TEXT),
            new ExportColumn("Gắn biển", Type.TEXT),
            new ExportColumn("Trạng thái", Type.TEXT),
            new ExportColumn("Ghi chú", Type.TEXT),
            new ExportColumn(ID_HEADER, Type.HIDDEN_TEXT),
            new ExportColumn(VERSION_HEADER, Type.HIDDEN_NUMBER));

    private static final List<ExportColumn> EVENTS = List.of(
            new ExportColumn("STT", Type.NUMBER),
            new ExportColumn("Đơn vị", Type.TEXT),
            new ExportColumn("Tên lễ hội, sự kiện", Type.TEXT),
            new ExportColumn("Loại", Type.TEXT),
            new ExportColumn("Ngày bắt đầu", Type.DATE),
            new ExportColumn("Ngày kết thúc", Type.DATE),
            new ExportColumn("Lĩnh vực", Type.TEXT),
            new ExportColumn("Địa điểm", Type.TEXT),
            new ExportColumn("Chủ trì", Type.TEXT),
            new ExportColumn("Số người tham gia", Type.NUMBER),
            new ExportColumn("Trạng thái", Type.TEXT),
            new ExportColumn("Ghi chú", Type.TEXT),
            new ExportColumn(ID_HEADER, Type.HIDDEN_TEXT),
            new ExportColumn(VERSION_HEADER, Type.HIDDEN_NUMBER));

    private final RegistrationType type;
    private final Map<TaskAreaCode, String> taskAreaNames = new HashMap<>();

    private ExportLayout(RegistrationType type, Campaign campaign) {
        this.type = Objects.requireNonNull(type, "type");
        for (TaskArea area : campaign.taskAreas()) {
            taskAreaNames.put(area.code(), area.name());
        }
    }

    /**
     * The layout of an export.
     *
     * @param type     works or events
     * @param campaign the campaign, for its task areas' names
     * @return the layout
     */
    static ExportLayout of(RegistrationType type, Campaign campaign) {
        return new ExportLayout(type, campaign);
    }

    /**
     * The sheet's name.
     *
     * @return "Công trình" or "Lễ hội, sự kiện"
     */
    String sheetName() {
        return type == RegistrationType.WORK ? "Công trình" : "Lễ hội, sự kiện";
    }

    /**
     * The columns, left to right.
     *
     * @return the columns
     */
    List<ExportColumn> columns() {
        return type == RegistrationType.WORK ? WORKS : EVENTS;
    }

    /**
     * The cells of a registration's row, one per column: {@link String}, {@link java.time.LocalDate},
     * {@link Long} or {@code null} for an empty cell.
     *
     * @param registration the work or event
     * @param sequence     its number in the sheet, from 1
     * @param unitName     the registering unit's name
     * @return the values
     */
    List<@Nullable Object> values(Registration registration, long sequence, String unitName) {
        @Nullable Object[] cells;
        if (registration instanceof Work work) {
            WorkDetails d = work.details();
            cells = new @Nullable Object[] {sequence, unitName, d.name(), ExportWords.of(d.kind()), d.plannedOn(),
                    taskArea(d.taskArea()), d.location(), d.scale(), d.investment() == null ? null
                            : d.investment().amount(), d.fundingSource(), d.investor(),
                    ExportWords.yesNo(d.plaqueRequested()), ExportWords.of(work.status()), d.evidenceNotes(),
                    GlobalId.of(work), work.version()};
        } else {
            Event event = (Event) registration;
            EventDetails d = event.details();
            cells = new @Nullable Object[] {sequence, unitName, d.name(), ExportWords.of(d.kind()), d.startsOn(),
                    d.endsOn(), taskArea(d.taskArea()), d.venue(), d.host(), d.expectedParticipants() == null ? null
                            : d.expectedParticipants().longValue(), ExportWords.of(event.status()), d.evidenceNotes(),
                    GlobalId.of(event), event.version()};
        }
        return Arrays.asList(cells);
    }

    /** A task area's name in the campaign, or its code when the campaign does not name it. */
    private @Nullable String taskArea(@Nullable TaskAreaCode code) {
        return code == null ? null : taskAreaNames.getOrDefault(code, code.value());
    }
}
