package vn.campaign.importer.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.parse.RowType;

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
     * Where each field of the command came from.
     *
     * @return the cells by the command's top-level field; empty for a rejected row, which has no command
     */
    Map<FieldPath, CellRef> cells();

    /**
     * Where a field of the command came from.
     *
     * @param field the command's field ({@code plannedOn}); a longer path is looked up by its first name
     * @return the cell, if the field came from one
     */
    default Optional<CellRef> cell(FieldPath field) {
        return Optional.ofNullable(cells().get(field.isRoot() ? field : FieldPath.of(field.segments().get(0))));
    }

    /**
     * A row that registers a work.
     *
     * @param sheet   the sheet name
     * @param row     the 1-based row number
     * @param command the command for the core
     * @param issues  warnings
     * @param cells    where each field of the command came from, by the command's field
     * @param exported the registration the row was exported from, when the file carries its id and version;
     *                 {@code null} for a new registration
     */
    record WorkRow(String sheet, int row, RegisterWork command, List<Issue> issues, Map<FieldPath, CellRef> cells,
            @Nullable ExportedId exported) implements MappedRow {

        /**
         * Checks the values and copies the collections.
         *
         * @param sheet the sheet name
         * @param row the 1-based row number
         * @param command the command for the core
         * @param issues warnings
         * @param cells where each field of the command came from, by the command's field
         * @param exported the registration the row was exported from, when the file carries its id and version; {@code null} for a new registration
         */
        public WorkRow {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(command, "command");
            issues = List.copyOf(issues);
            cells = RowCells.copyOf(cells);
            if (exported != null && exported.type() != RowType.WORK) {
                throw new IllegalArgumentException("a work row cannot carry the id of " + exported.type());
            }
        }

        /**
         * A row of a work without an exported id: a new registration.
         *
         * @param sheet   the sheet name
         * @param row     the 1-based row number
         * @param command the command for the core
         * @param issues  warnings
         * @param cells   where each field of the command came from, by the command's field
         */
        public WorkRow(String sheet, int row, RegisterWork command, List<Issue> issues, Map<FieldPath, CellRef> cells) {
            this(sheet, row, command, issues, cells, null);
        }
    }

    /**
     * A row that registers an event.
     *
     * @param sheet   the sheet name
     * @param row     the 1-based row number
     * @param command the command for the core
     * @param issues  warnings
     * @param cells    where each field of the command came from, by the command's field
     * @param exported the registration the row was exported from, when the file carries its id and version;
     *                 {@code null} for a new registration
     */
    record EventRow(String sheet, int row, RegisterEvent command, List<Issue> issues, Map<FieldPath, CellRef> cells,
            @Nullable ExportedId exported) implements MappedRow {

        /**
         * Checks the values and copies the collections.
         *
         * @param sheet the sheet name
         * @param row the 1-based row number
         * @param command the command for the core
         * @param issues warnings
         * @param cells where each field of the command came from, by the command's field
         * @param exported the registration the row was exported from, when the file carries its id and version; {@code null} for a new registration
         */
        public EventRow {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(command, "command");
            issues = List.copyOf(issues);
            cells = RowCells.copyOf(cells);
            if (exported != null && exported.type() != RowType.EVENT) {
                throw new IllegalArgumentException("an event row cannot carry the id of " + exported.type());
            }
        }

        /**
         * A row of an event without an exported id: a new registration.
         *
         * @param sheet   the sheet name
         * @param row     the 1-based row number
         * @param command the command for the core
         * @param issues  warnings
         * @param cells   where each field of the command came from, by the command's field
         */
        public EventRow(String sheet, int row, RegisterEvent command, List<Issue> issues, Map<FieldPath, CellRef> cells) {
            this(sheet, row, command, issues, cells, null);
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

        /**
         * Checks that there is an error.
         *
         * @param sheet the sheet name
         * @param row the 1-based row number
         * @param issues the issues, at least one ERROR
         */
        public Rejected {
            Objects.requireNonNull(sheet, "sheet");
            issues = List.copyOf(issues);
            if (issues.stream().noneMatch(Issue::rejectsRow)) {
                throw new IllegalArgumentException("a rejected row needs at least one ERROR issue");
            }
        }

        @Override
        public Map<FieldPath, CellRef> cells() {
            return Map.of();
        }
    }
}
