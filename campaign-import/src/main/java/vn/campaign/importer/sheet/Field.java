package vn.campaign.importer.sheet;

/**
 * The columns the importer looks for in a sheet of works or events.
 */
public enum Field {
    /** Số thứ tự (STT): the row's sequence number. */
    SEQUENCE,
    /** Đơn vị, phường/xã: the ward or commune that registers the row. */
    UNIT,
    /** Tên công trình, tên lễ hội/sự kiện: what is registered. */
    NAME,
    /** Loại: khánh thành/khởi công for works, lễ hội/văn hóa/thể thao for events. */
    KIND,
    /** Thời gian dự kiến, ngày khánh thành, thời gian tổ chức: the planned ceremony or event date. */
    PLANNED_DATE,
    /** Ngày khởi công, ngày bắt đầu: when work or the event starts. */
    START_DATE,
    /** Ngày hoàn thành, ngày kết thúc: when work or the event ends. */
    END_DATE,
    /** Địa điểm, vị trí: where the work or event is. */
    LOCATION,
    /** Kinh phí, tổng mức đầu tư: the investment amount, in the unit its header names. */
    AMOUNT,
    /** Nguồn vốn, nguồn kinh phí: where the money comes from. */
    FUNDING_SOURCE,
    /** Chủ đầu tư: the investor. */
    INVESTOR,
    /** Gắn biển: whether the work is to carry a campaign plaque. */
    PLAQUE,
    /** Ghi chú: notes. */
    NOTES,
    /**
     * Mã hệ thống: the global id of the registration the row was exported from; read from a hidden column
     * too.
     */
    REGISTRATION_ID,
    /** Phiên bản: the version of the registration when the row was exported; read from a hidden column too. */
    VERSION;

    /**
     * Whether the field identifies an exported registration rather than describing one: its column is
     * read even when hidden.
     *
     * @return {@code true} for the id and version columns of an export
     */
    public boolean identifiesExport() {
        return this == REGISTRATION_ID || this == VERSION;
    }
}
