package vn.campaign.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.FieldPath;

/**
 * Pins the compact map of a row's cells to the {@code Map.copyOf} of a {@code HashMap} it replaced: the same
 * entries, the same answers, equal both ways, and no change allowed.
 */
class RowCellsTest {

    private static final List<FieldPath> FIELDS = List.of(Cells.UNIT_CODE, Cells.NAME, Cells.KIND, Cells.PLANNED_ON,
            Cells.INVESTMENT, Cells.PLAQUE, Cells.LOCATION, Cells.FUNDING_SOURCE, Cells.INVESTOR, Cells.EVIDENCE_NOTES,
            Cells.ID, Cells.EXPECTED_VERSION);

    @Test
    void answersAsTheImmutableCopyOfTheSameCellsDoes() {
        Random random = new Random(16);
        for (int round = 0; round < 500; round++) {
            Map<FieldPath, CellRef> expected = new HashMap<>();
            RowCells.Builder builder = new RowCells.Builder();
            for (int i = random.nextInt(16); i > 0; i--) {
                FieldPath field = FIELDS.get(random.nextInt(FIELDS.size()));
                String column = random.nextBoolean() ? null : String.valueOf((char) ('A' + random.nextInt(8)));
                String value = random.nextInt(4) == 0 ? "" : "giá trị " + random.nextInt(100);
                if (random.nextBoolean()) {
                    expected.put(field, new CellRef(column, value));
                    builder.put(field, column, value);
                } else {
                    expected.putIfAbsent(field, new CellRef(column, value));
                    builder.putIfAbsent(field, column, value);
                }
            }
            Map<FieldPath, CellRef> copy = Map.copyOf(expected);

            RowCells cells = builder.build();

            assertThat(cells).isEqualTo(copy).hasSameHashCodeAs(copy).hasSize(copy.size());
            assertThat(copy).isEqualTo(cells);
            assertThat(cells.entrySet()).isEqualTo(copy.entrySet());
            assertThat(RowCells.copyOf(expected)).isEqualTo(copy);
            for (FieldPath field : FIELDS) {
                assertThat(cells.get(field)).isEqualTo(copy.get(field));
                assertThat(cells.containsKey(field)).isEqualTo(copy.containsKey(field));
            }
            assertThat(cells.get(FieldPath.of("noSuchField"))).isNull();
        }
    }

    @Test
    void aRowKeepsTheCellsItWasGivenWhateverTheMap() {
        Map<FieldPath, CellRef> given = new LinkedHashMap<>();
        given.put(Cells.NAME, new CellRef("C", "Nhà văn hóa TDP 5"));
        given.put(Cells.UNIT_CODE, new CellRef(null, "Phường Bắc Hà"));

        MappedRow row = new MappedRow.WorkRow("Công trình", 5, new RegisterWork("CT32-2022", "18076",
                WorkDetails.of("Nhà văn hóa TDP 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))), List.of(), given);
        given.clear();

        assertThat(row.cells()).containsOnly(Map.entry(Cells.NAME, new CellRef("C", "Nhà văn hóa TDP 5")),
                Map.entry(Cells.UNIT_CODE, new CellRef(null, "Phường Bắc Hà")));
        assertThat(row.cell(FieldPath.of("name", "first"))).contains(new CellRef("C", "Nhà văn hóa TDP 5"));
    }

    @Test
    void refusesEveryChangeAndNulls() {
        RowCells.Builder builder = new RowCells.Builder();
        builder.put(Cells.NAME, "C", "Nhà văn hóa TDP 5");
        RowCells cells = builder.build();

        assertThatThrownBy(() -> cells.put(Cells.KIND, new CellRef("D", "Khánh thành")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.remove(Cells.NAME)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(cells::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.put(Cells.KIND, "D", null)).isInstanceOf(NullPointerException.class);
        assertThat(cells).containsExactly(Map.entry(Cells.NAME, new CellRef("C", "Nhà văn hóa TDP 5")));
    }
}
