package vn.campaign.importer.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.importer.report.Issue;

/**
 * What a data row became: a work or an event ready for the core, or a rejection.
 */
public sealed interface MappedRow {

    /**
     * The sheet name.
     *
     * @return the sheet
     */
    String sheet();

    /**
     * The 1-based row number.
     *
     * @return the row
     */
    int row();

    /**
     * The issues found while mapping: warnings for an accepted row, at least one ERROR for a rejected one.
     *
     * @return the issues, in column order
     */
    List<Issue> issues();

    /**
     * A row that registers a work.
     *
     * @param sheet   the sheet name
     * @param row     the 1-based row number
     * @param command the command for the core
     * @param issues  warnings
     * @param cells   where each field of the command came from, by the core's field name
     */
    record WorkRow(String sheet, int row, RegisterWork command, List<Issue> issues, Map<String, CellRef> cells)
            implements MappedRow {

        /** Checks the values and copies the collections. */
        public WorkRow {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(command, "command");
            issues = List.copyOf(issues);
            cells = Map.copyOf(cells);
        }

        /**
         * Where a field came from.
         *
         * @param field the core's field name ({@code plannedOn})
         * @return the cell, if the field came from one
         */
        public Optional<CellRef> cell(String field) {
            return Optional.ofNullable(cells.get(field));
        }
    }

    /**
     * A row that registers an event.
     *
     * @param sheet   the sheet name
     * @param row     the 1-based row number
     * @param command the command for the core
     * @param issues  warnings
     * @param cells   where each field of the command came from, by the core's field name
     */
    record EventRow(String sheet, int row, RegisterEvent command, List<Issue> issues, Map<String, CellRef> cells)
            implements MappedRow {

        /** Checks the values and copies the collections. */
        public EventRow {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(command, "command");
            issues = List.copyOf(issues);
            cells = Map.copyOf(cells);
        }

        /**
         * Where a field came from.
         *
         * @param field the core's field name ({@code startsOn})
         * @return the cell, if the field came from one
         */
        public Optional<CellRef> cell(String field) {
            return Optional.ofNullable(cells.get(field));
        }
    }

    /**
     * A row that cannot become a command.
     *
     * @param sheet  the sheet name
     * @param row    the 1-based row number
     * @param issues the issues, at least one ERROR
     */
    record Rejected(String sheet, int row, List<Issue> issues) implements MappedRow {

        /** Checks that there is an error. */
        public Rejected {
            Objects.requireNonNull(sheet, "sheet");
            issues = List.copyOf(issues);
            if (issues.stream().noneMatch(Issue::rejectsRow)) {
                throw new IllegalArgumentException("a rejected row needs at least one ERROR issue");
            }
        }
    }
}
