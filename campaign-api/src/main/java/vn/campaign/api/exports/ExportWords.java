package vn.campaign.api.exports;

import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.campaign.WorkKind;

/**
 * The Vietnamese words an export writes for closed sets, chosen so that the importer reads them back
 * ({@code KindParser}: "Khánh thành", "Khởi công"; "Lễ hội …", "… văn hóa", "… thể thao").
 */
final class ExportWords {

    /** The second title row of an export of every unit. */
    static final String WHOLE_CITY = "Toàn thành phố";

    private ExportWords() {
    }

    static String of(WorkKind kind) {
        return switch (kind) {
            case INAUGURATION -> "Khánh thành";
            case GROUNDBREAKING -> "Khởi công";
        };
    }

    static String of(EventKind kind) {
        return switch (kind) {
            case TRADITIONAL_FESTIVAL -> "Lễ hội truyền thống";
            case CULTURAL -> "Sự kiện văn hóa";
            case SPORTS -> "Sự kiện thể thao";
        };
    }

    static String of(RegistrationStatus status) {
        return switch (status) {
            case REGISTERED -> "Đã đăng ký";
            case APPROVED -> "Đã duyệt";
            case REJECTED -> "Không duyệt";
            case COMPLETED -> "Đã hoàn thành";
            case CANCELLED -> "Đã hủy";
            case RETURNED -> "Trả lại bổ sung";
        };
    }

    static String yesNo(boolean yes) {
        return yes ? "Có" : "Không";
    }
}
