package vn.campaign.core.campaign;

/**
 * The kind of a document a directive cites.
 *
 * @since 0.2.0
 */
public enum DocumentKind {
    /** Nghị quyết: a resolution. */
    NGHI_QUYET("Nghị quyết"),
    /** Kết luận: a conclusion. */
    KET_LUAN("Kết luận"),
    /** Chỉ thị: a directive. */
    CHI_THI("Chỉ thị"),
    /** Quyết định: a decision. */
    QUYET_DINH("Quyết định"),
    /** Kế hoạch: a plan. */
    KE_HOACH("Kế hoạch"),
    /** Đề án: a scheme. */
    DE_AN("Đề án"),
    /** Dự án: a project. */
    DU_AN("Dự án"),
    /** Chương trình: a programme. */
    CHUONG_TRINH("Chương trình");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /**
     * The kind's Vietnamese name, as a document's heading writes it.
     *
     * @return "Nghị quyết", "Kế hoạch", …
     */
    public String label() {
        return label;
    }
}
