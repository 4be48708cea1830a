package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The export's system columns are recognised by their headers and read even where hidden. */
class SystemColumnsHeaderTest {

    @Test
    void recognisesTheSystemIdAndVersionHeadersHoweverWritten() {
        assertThat(HeaderMatcher.scores("Mã hệ thống", Map.of())).containsOnlyKeys(Field.REGISTRATION_ID);
        assertThat(HeaderMatcher.scores("MA HE THONG", Map.of())).containsOnlyKeys(Field.REGISTRATION_ID);
        assertThat(HeaderMatcher.scores("Phiên bản", Map.of())).containsOnlyKeys(Field.VERSION);
    }

    @Test
    void takesNoOtherHeaderOfTheExportForASystemColumn() {
        for (String header : new String[] {"Lĩnh vực", "Quy mô", "Trạng thái", "Ghi chú", "Tổng kinh phí (đồng)"}) {
            assertThat(HeaderMatcher.scores(header, Map.of())).doesNotContainKeys(Field.REGISTRATION_ID, Field.VERSION);
        }
    }

    @Test
    void onlyTheSystemColumnsAreReadWhenHidden() {
        assertThat(Field.values()).filteredOn(Field::identifiesExport)
                .containsExactly(Field.REGISTRATION_ID, Field.VERSION);
    }
}
