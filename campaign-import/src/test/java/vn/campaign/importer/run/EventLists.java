package vn.campaign.importer.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small CSV lists of events, written as a ward would send them, for import tests. */
final class EventLists {

    private static final String HEADER = "STT,Đơn vị,Tên lễ hội/sự kiện,Loại,Thời gian tổ chức,Địa điểm";

    private final List<String> lines = new ArrayList<>(List.of("Danh sách lễ hội và sự kiện chào mừng", HEADER));

    static EventLists withHeader() {
        return new EventLists();
    }

    /** The festival of Đồng Môn on the given day. */
    static EventLists threeEvents(String festivalDay) {
        return withHeader()
                .event("Xã Đồng Môn", "Lễ hội đình làng Đồng Môn", "Lễ hội truyền thống", festivalDay, "Đình làng")
                .event("Phường Nguyễn Du", "Giải bóng đá thanh niên", "Thể thao", "20/5/2022", "Sân vận động")
                .event("Phường Bắc Hà", "Liên hoan văn nghệ quần chúng", "Văn hóa", "28/5/2022", "Quảng trường");
    }

    EventLists event(String unit, String name, String kind, String day, String venue) {
        lines.add((lines.size() - 1) + "," + unit + "," + name + "," + kind + "," + day + "," + venue);
        return this;
    }

    Path writeTo(Path directory, String name) {
        try {
            return Files.writeString(directory.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
