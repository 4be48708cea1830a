package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of registrations ("Biểu số 01"): a sequence column, a name column and {@link #columns()}; a header row
 * per group of units, a numbered row per unit with its registrations as "-" rows under it, a "Cộng" row per group
 * and a "TỔNG CỘNG" row, which sum the {@linkplain Column#summed() summed} columns.
 *
 * @param number     the table's number ("Biểu số 01")
 * @param title      its title
 * @param nameHeader the header of the name column
 * @param amountUnit the unit amounts are stated in
 * @param columns    the columns after the name
 * @param groups     the groups of units, in order
 * @since 0.1.0
 */
public record RegistrationTable(String number, String title, String nameHeader, AmountUnit amountUnit,
        List<Column> columns, List<Group<UnitBlock>> groups) {

    /** The text of a group's subtotal row. */
    public static final String SUBTOTAL = "Cộng";
    /** The text of the total row. */
    public static final String TOTAL = "TỔNG CỘNG";
    /** The mark of a registration row. */
    public static final String ITEM_MARK = "-";

    /**
     * Validates the table: every line has a cell per column, and summed columns hold figures.
     *
     * @param number the table's number ("Biểu số 01")
     * @param title its title
     * @param nameHeader the header of the name column
     * @param amountUnit the unit amounts are stated in
     * @param columns the columns after the name
     * @param groups the groups of units, in order
     */
    public RegistrationTable {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(nameHeader, "nameHeader");
        Objects.requireNonNull(amountUnit, "amountUnit");
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        for (Group<UnitBlock> group : groups) {
            for (UnitBlock block : group.rows()) {
                for (Line line : block.lines()) {
                    if (line.cells().size() != columns.size()) {
                        throw new IllegalArgumentException("line '" + line.name() + "' has " + line.cells().size()
                                + " cells for " + columns.size() + " columns");
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        Cell cell = line.cells().get(c);
                        if (columns.get(c).summed() && !(cell instanceof Cell.Figure || cell instanceof Cell.Blank)) {
                            throw new IllegalArgumentException("column '" + columns.get(c).header()
                                    + "' is summed but line '" + line.name() + "' holds " + cell);
                        }
                    }
                }
            }
        }
    }

    /**
     * The sum of a column over one group.
     *
     * @param group  the group
     * @param column the column's index in {@link #columns()}
     * @return the sum of its figures (an amount in đồng for an amount column)
     */
    public static long subtotal(Group<UnitBlock> group, int column) {
        long sum = 0;
        for (UnitBlock block : group.rows()) {
            for (Line line : block.lines()) {
                if (line.cells().get(column) instanceof Cell.Figure figure) {
                    sum = Math.addExact(sum, figure.value());
                }
            }
        }
        return sum;
    }

    /**
     * The sum of a column over the whole table.
     *
     * @param column the column's index in {@link #columns()}
     * @return the sum of its figures
     */
    public long total(int column) {
        long sum = 0;
        for (Group<UnitBlock> group : groups) {
            sum = Math.addExact(sum, subtotal(group, column));
        }
        return sum;
    }

    /**
     * How many registrations the table lists.
     *
     * @return the number of "-" rows
     */
    public int lineCount() {
        return groups.stream().flatMap(g -> g.rows().stream()).mapToInt(b -> b.lines().size()).sum();
    }
}
