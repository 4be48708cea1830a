package vn.campaign.importer.sheet;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;

/**
 * Tells whether a sheet lists works or events: from the name column's header first, then from the title
 * rows, then from the other headers. A sheet whose words speak of both and that has a kind column is
 * {@link SheetKind#MIXED}.
 */
final class SheetKindDetector {

    private static final Pattern WORKS = Pattern.compile(
            "(^| )(cong trinh|khanh thanh|khoi cong|chu dau tu|tong muc dau tu|du an)( |$)");
    private static final Pattern EVENTS = Pattern.compile("(^| )(le hoi|su kien|hoat dong)( |$)");

    /** The kind and the words it was decided on. */
    record Decision(SheetKind kind, String evidence) {
    }

    private SheetKindDetector() {
    }

    static Decision decide(ColumnMapping mapping, List<HeaderColumn> header, List<String> titles) {
        boolean kindColumn = mapping.column(Field.KIND).isPresent();
        Optional<MappedColumn> name = mapping.column(Field.NAME);
        if (name.isPresent()) {
            Decision decision = fromText("the name column's header", name.get().header(), kindColumn);
            if (decision != null) {
                return decision;
            }
        }
        for (String title : titles) {
            Decision decision = fromText("the title", title, kindColumn);
            if (decision != null) {
                return decision;
            }
        }
        String headers = String.join(" | ", header.stream().map(HeaderColumn::text).toList());
        Decision decision = fromText("the headers", headers, kindColumn);
        if (decision != null) {
            return decision;
        }
        return new Decision(SheetKind.UNKNOWN, "neither the headers nor the title speak of works (công trình) or "
                + "events (lễ hội, sự kiện)");
    }

    private static @Nullable Decision fromText(String where, String text, boolean kindColumn) {
        String folded = VietnameseText.fold(text);
        boolean works = WORKS.matcher(folded).find();
        boolean events = EVENTS.matcher(folded).find();
        if (works && events) {
            return kindColumn
                    ? new Decision(SheetKind.MIXED, where + " \"" + text + "\" names works and events, and the kind "
                            + "column tells them apart")
                    : null;
        }
        if (works) {
            return new Decision(SheetKind.WORKS, where + " \"" + text + "\" names works");
        }
        if (events) {
            return new Decision(SheetKind.EVENTS, where + " \"" + text + "\" names events");
        }
        return null;
    }
}
