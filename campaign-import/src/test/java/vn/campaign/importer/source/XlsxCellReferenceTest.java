package vn.campaign.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/**
 * The .xlsx readers take a cell's column from its reference by hand for the plain form every writer stores, and
 * leave other forms to POI: either way the column is POI's.
 */
class XlsxCellReferenceTest {

    @Test
    void plainReferencesGiveTheColumnPoiGives() {
        Random random = new Random(16);
        for (int i = 0; i < 100_000; i++) {
            String ref = CellReference.convertNumToColString(random.nextInt(16_384)) + (1 + random.nextInt(1_048_576));
            assertThat(XlsxText.column(ref)).as(ref).isEqualTo(new CellReference(ref).getCol());
        }
    }

    @Test
    void otherFormsAreLeftToPoi() {
        for (String ref : List.of("A1", "Z9", "AA10", "XFD1048576", "$B$2", "b7", "C", "AAAA1", "A0", "ZZZ12",
                "A12345678", "Sheet1!C3")) {
            assertThat(XlsxText.column(ref)).as(ref).isEqualTo(new CellReference(ref).getCol());
        }
    }
}
