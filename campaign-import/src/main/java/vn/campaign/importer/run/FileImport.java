package vn.campaign.importer.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.Registering;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.application.Saved;
import vn.campaign.core.application.UpdateRegistration;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.issue.RuleIssueCode;
import vn.campaign.importer.mapping.CellRef;
import vn.campaign.importer.mapping.ExportedId;
import vn.campaign.importer.mapping.MappedRow;
import vn.campaign.importer.mapping.MappingCode;
import vn.campaign.importer.mapping.RowMapper;
import vn.campaign.importer.parse.RowParser;
import vn.campaign.importer.parse.RowType;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.FileError;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.SheetReport;
import vn.campaign.importer.report.WorkLine;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.ReadOptions;
import vn.campaign.importer.sheet.ReadRow;
import vn.campaign.importer.sheet.SheetLayout;
import vn.campaign.importer.sheet.SheetRowListener;
import vn.campaign.importer.sheet.SheetSummary;
import vn.campaign.importer.sheet.SpreadsheetReader;
import vn.campaign.importer.sheet.UnitSource;
import vn.campaign.importer.source.FileType;
import vn.campaign.importer.source.UnreadableFileException;

/**
 * One file's import: read and map every row first, then write the rows that mapped, in file order.
 * Holds per row only what the report needs and the command waiting to be written.
 */
final class FileImport {

    private static final int PROGRESS_EVERY = 500;
    /** The most new rows sent to the core's batch registration at once: one bulk write each. */
    private static final int BATCH = 1_000;
    private static final int INTERNED_MAX = 10_000;
    private static final FieldPath NAME = FieldPath.of("name");
    private static final FieldPath ID = FieldPath.of("id");
    private static final FieldPath UNIT = FieldPath.of("unitCode");

    private final String file;
    private final RowMapper mapper;
    private final RegistrationService service;
    private final Registrations registrations;
    private final ImportListener listener;
    private final @Nullable Integer campaignYear;

    private final List<SheetReport> sheets = new ArrayList<>();
    private final List<MappedRow> pending = new ArrayList<>();
    private final List<UnitSource> unitSources = new ArrayList<>();
    /** The first row (sheet index and row number in one long) of each exported id. */
    private final Map<String, Long> firstRowById = new HashMap<>();
    /** The position in {@link #pending} of the first row of each unit and folded name. */
    private final FirstRows firstRowByUnitAndName = new FirstRows();
    /** The position in {@link #pending} of each sheet's first data row, by sheet index. */
    private final List<Integer> sheetStarts = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<Object, Object> interned = new HashMap<>();
    private int dataRowsInSummaries;

    FileImport(String file, RowMapper mapper, RegistrationService service, Registrations registrations,
            ImportListener listener, @Nullable Integer campaignYear) {
        this.campaignYear = campaignYear;
        this.file = file;
        this.mapper = mapper;
        this.service = service;
        this.registrations = registrations;
        this.listener = listener;
    }

    FileReport run(Path path, ReadOptions options) {
        long started = System.nanoTime();
        listener.fileStarted(file);
        FileType type;
        try {
            type = new SpreadsheetReader(options).read(path, file, new Collector());
        } catch (UnreadableFileException e) {
            FileError error = new FileError(e.problem().name(), Objects.requireNonNull(e.getMessage(), "message"),
                    e.sheet().orElse(null), e.row().isPresent() ? e.row().getAsInt() : null, e.column().orElse(null));
            return finished(FileReport.failed(file, format(path), error, sheets, millisSince(started)));
        } catch (RuntimeException e) {
            // a fault below the reader's own checks: the file still stores nothing and the run goes on
            FileError error = FileError.of("READ_FAILED", file + ": the file could not be read: " + e);
            return finished(FileReport.failed(file, format(path), error, sheets, millisSince(started)));
        }
        listener.rowsRead(file, pending.size());
        // the in-file duplicate check is done: its keys (a folded name per row) need not wait through the writes
        firstRowById.clear();
        firstRowByUnitAndName.clear();
        if (pending.size() != dataRowsInSummaries) {
            throw new IllegalStateException(file + ": " + pending.size() + " data rows were read but the sheets count "
                    + dataRowsInSummaries);
        }
        return finished(write(type, started));
    }

    private FileReport write(FileType type, long started) {
        List<WorkLine> works = new ArrayList<>();
        List<EventLine> events = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        int conflicts = 0;
        int rejected = 0;
        int total = pending.size();
        // new rows are sent to the core in batches (one read and one bulk write each); a row of an exported file,
        // applied to its registration by id, ends a batch, so the store sees the rows' writes in the file's order
        List<@Nullable Outcome<Saved<Registration>>> batch = List.of();
        int batchStart = 0;
        for (int i = 0; i < total; i++) {
            if (i >= batchStart + batch.size()) {
                batchStart = i;
                batch = registerBatch(i, total);
            }
            MappedRow row = pending.get(i);
            pending.set(i, null);
            addInterned(issues, row.issues());
            Saved.Change change = null;
            boolean conflict = false;
            ExportedId exported = row instanceof MappedRow.WorkRow w ? w.exported()
                    : row instanceof MappedRow.EventRow e ? e.exported() : null;
            if (exported != null) {
                Reconciled reconciled = reconcile(row, exported, issues);
                Outcome<Saved<Registration>> outcome = reconciled.outcome();
                if (outcome instanceof Outcome.Success<Saved<Registration>> success) {
                    change = success.value().change();
                    Registration stored = success.value().registration();
                    List<String> fields = change == Saved.Change.UPDATED ? reconciled.changedFields() : List.of();
                    if (stored instanceof Work work) {
                        works.add(line((MappedRow.WorkRow) row, new Saved<>(work, change), fields, unitFrom(i)));
                    } else {
                        events.add(line((MappedRow.EventRow) row, new Saved<>((Event) stored, change), fields,
                                unitFrom(i)));
                    }
                } else if (outcome != null) {
                    conflict = outcome.violations().stream().anyMatch(v -> v.code() == RuleCode.CONFLICT);
                }
            } else if (row instanceof MappedRow.WorkRow work) {
                Outcome<Saved<Registration>> outcome = Objects.requireNonNull(batch.get(i - batchStart));
                addViolations(issues, work, outcome);
                if (outcome instanceof Outcome.Success<Saved<Registration>> success) {
                    change = success.value().change();
                    works.add(line(work, new Saved<>((Work) success.value().registration(), change), List.of(),
                            unitFrom(i)));
                }
            } else if (row instanceof MappedRow.EventRow event) {
                Outcome<Saved<Registration>> outcome = Objects.requireNonNull(batch.get(i - batchStart));
                addViolations(issues, event, outcome);
                if (outcome instanceof Outcome.Success<Saved<Registration>> success) {
                    change = success.value().change();
                    events.add(line(event, new Saved<>((Event) success.value().registration(), change), List.of(),
                            unitFrom(i)));
                }
            }
            if (conflict) {
                conflicts++;
            } else if (change == null) {
                rejected++;
            } else {
                switch (change) {
                    case CREATED -> imported++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                listener.rowsStored(file, i + 1, total);
            }
        }
        listener.rowsStored(file, total, total);
        int skippedTotal = skipped.values().stream().mapToInt(Integer::intValue).sum();
        Counts counts = new Counts(total, imported, updated, unchanged, conflicts, rejected, skippedTotal,
                skipped);
        return new FileReport(file, type.name(), null, counts, sheets, works, events, issues, millisSince(started));
    }

    /**
     * Registers or updates the new rows from the i-th on, up to {@link #BATCH} of them, stopping before a row of an
     * exported file: the outcomes of the rows from the i-th, one per row — none for a row that is neither a work nor
     * an event, nor for a row of an exported file, which {@link #reconcile} applies on its own.
     */
    private List<@Nullable Outcome<Saved<Registration>>> registerBatch(int from, int total) {
        List<Registering> commands = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        int end = from;
        while (end < total && end - from < BATCH && !isExported(pending.get(end))) {
            MappedRow row = pending.get(end);
            if (row instanceof MappedRow.WorkRow work) {
                commands.add(work.command());
                rows.add(end - from);
            } else if (row instanceof MappedRow.EventRow event) {
                commands.add(event.command());
                rows.add(end - from);
            }
            end++;
        }
        List<@Nullable Outcome<Saved<Registration>>> outcomes = new ArrayList<>(
                Collections.nCopies(Math.max(1, end - from), null));
        List<Outcome<Saved<Registration>>> done = commands.isEmpty() ? List.of()
                : service.registerOrUpdateAll(commands);
        for (int k = 0; k < rows.size(); k++) {
            outcomes.set(rows.get(k), done.get(k));
        }
        return outcomes;
    }

    private static boolean isExported(@Nullable MappedRow row) {
        return row instanceof MappedRow.WorkRow w ? w.exported() != null
                : row instanceof MappedRow.EventRow e && e.exported() != null;
    }

    /**
     * A row of an exported file, applied to the registration its system id names: found through the
     * registrations port (the dry run's overlay in a dry run), checked to be of this campaign and unit, its
     * details merged (a field the file does not carry keeps its stored value) and sent to the core's
     * {@link RegistrationService#updateIfChanged}, which checks access and version and writes only a change.
     */
    private Reconciled reconcile(MappedRow row, ExportedId exported, List<Issue> issues) {
        CellRef idCell = row.cell(ID).orElse(null);
        String idColumn = idCell == null ? null : idCell.column();
        String campaign;
        String unit;
        if (row instanceof MappedRow.WorkRow work) {
            campaign = work.command().campaignCode();
            unit = work.command().unitCode();
        } else {
            MappedRow.EventRow event = (MappedRow.EventRow) row;
            campaign = event.command().campaignCode();
            unit = event.command().unitCode();
        }
        Registration stored = registrations.findById(exported.id()).orElse(null);
        if (stored == null || (stored instanceof Work) != (exported.type() == RowType.WORK)) {
            return refused(row, issues, idColumn, exported.globalId(), ID, MappingCode.ID_UNKNOWN,
                    MappingCode.ID_UNKNOWN.message(exported.globalId()));
        }
        if (!stored.campaign().value().equals(campaign)) {
            return refused(row, issues, idColumn, exported.globalId(), ID, MappingCode.ID_OF_OTHER_CAMPAIGN,
                    MappingCode.ID_OF_OTHER_CAMPAIGN.message(exported.globalId(), stored.campaign().value(), campaign));
        }
        if (!stored.unit().value().equals(unit)) {
            CellRef unitCell = row.cell(UNIT).orElse(null);
            return refused(row, issues, unitCell == null ? null : unitCell.column(),
                    unitCell == null ? null : unitCell.value(), UNIT, MappingCode.UNIT_OF_REGISTRATION_DIFFERS,
                    MappingCode.UNIT_OF_REGISTRATION_DIFFERS.message(stored.unit().value(), unit));
        }
        ExportedRowEdit edit = row instanceof MappedRow.WorkRow work
                ? ExportedRowEdit.of(((Work) stored).details(), work)
                : ExportedRowEdit.of(((Event) stored).details(), (MappedRow.EventRow) row);
        Outcome<Saved<Registration>> outcome = service.updateIfChanged(
                new UpdateRegistration(stored.id().value(), exported.version(), edit.details()));
        addViolations(issues, row, outcome);
        return new Reconciled(outcome, edit.changedFields());
    }

    /**
     * What became of a row of an exported file, and the fields it changed; no outcome when the importer
     * itself refused the row (an unknown id, another campaign or unit), the issue already written.
     */
    private record Reconciled(@Nullable Outcome<Saved<Registration>> outcome, List<String> changedFields) {
    }

    private static Reconciled refused(MappedRow row, List<Issue> issues, @Nullable String column,
            @Nullable String value, FieldPath field, MappingCode code, Message message) {
        issues.add(new Issue(row.sheet(), row.row(), column, code, code.severity(), message,
                value == null || value.isEmpty() ? null : value, field));
        return new Reconciled(null, List.of());
    }

    /** Where the unit of the i-th data row came from, as the report names it. */
    private @Nullable String unitFrom(int i) {
        return switch (unitSources.get(i)) {
            case COLUMN -> "column";
            case GROUP_ROW -> "group row";
            case TITLE -> "title";
            case SHEET_NAME -> "sheet name";
            case FILE_NAME -> "file name";
            case NONE -> null;
        };
    }

    private static WorkLine line(MappedRow.WorkRow row, Saved<Work> saved, List<String> changedFields,
            @Nullable String unitFrom) {
        Work work = saved.registration();
        WorkDetails details = work.details();
        return new WorkLine(row.sheet(), row.row(), work.unit().value(), details.name(), details.kind(),
                details.plannedOn(), details.investment() == null ? null : details.investment().amount(),
                details.plaqueRequested(), details.location(), details.fundingSource(), details.investor(),
                saved.change(), work.id().value(), changedFields, unitFrom);
    }

    private static EventLine line(MappedRow.EventRow row, Saved<Event> saved, List<String> changedFields,
            @Nullable String unitFrom) {
        Event event = saved.registration();
        EventDetails details = event.details();
        return new EventLine(row.sheet(), row.row(), event.unit().value(), details.name(), details.kind(),
                details.startsOn(), details.endsOn(), details.venue(), saved.change(), event.id().value(),
                changedFields, unitFrom);
    }

    /** The core's violations (errors of a refusal, warnings of a success) as issues of the row. */
    private void addViolations(List<Issue> issues, MappedRow row, Outcome<?> outcome) {
        for (Violation violation : outcome.violations()) {
            FieldPath field = violation.field();
            CellRef cell = row.cell(field).orElse(null);
            issues.add(new Issue(row.sheet(), row.row(), cell == null ? null : cell.column(),
                    RuleIssueCode.of(violation.code()), violation.severity(), intern(violation.message()),
                    cell == null || cell.value().isEmpty() ? null : cell.value(),
                    field.isRoot() ? null : intern(field)));
        }
    }

    /** Repeated warnings (the same rule on every row) share their messages. */
    private void addInterned(List<Issue> issues, List<Issue> found) {
        for (Issue issue : found) {
            issues.add(new Issue(issue.sheet(), issue.row(), issue.column(), issue.code(), issue.severity(),
                    intern(issue.message()), issue.value(), issue.field() == null ? null : intern(issue.field())));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T intern(T value) {
        Object known = interned.get(value);
        if (known != null) {
            return (T) known;
        }
        if (interned.size() < INTERNED_MAX) {
            interned.put(value, value);
        }
        return value;
    }

    /** A second row with the unit and name of an earlier one would silently overwrite it: it is refused. */
    private MappedRow checkDuplicate(MappedRow row, int sheetIndex) {
        String unit;
        String name;
        ExportedId exported = row instanceof MappedRow.WorkRow w ? w.exported()
                : row instanceof MappedRow.EventRow e ? e.exported() : null;
        if (exported != null) {
            long here = ((long) sheetIndex << 32) | row.row();
            Long first = firstRowById.putIfAbsent(exported.id().value(), here);
            if (first != null) {
                CellRef idCell = row.cell(ID).orElse(null);
                List<Issue> issues = new ArrayList<>(row.issues());
                issues.add(new Issue(row.sheet(), row.row(), idCell == null ? null : idCell.column(),
                        MappingCode.DUPLICATE_ID, MappingCode.DUPLICATE_ID.severity(),
                        MappingCode.DUPLICATE_ID.message((int) (first & 0xFFFF_FFFFL),
                                sheetNames.get((int) (first >>> 32))), exported.globalId(), ID));
                return new MappedRow.Rejected(row.sheet(), row.row(), issues);
            }
        }
        if (row instanceof MappedRow.WorkRow work) {
            unit = work.command().unitCode();
            name = work.command().details().name();
        } else if (row instanceof MappedRow.EventRow event) {
            unit = event.command().unitCode();
            name = event.command().details().name();
        } else {
            return row;
        }
        String folded = VietnameseText.fold(name);
        if (folded.isEmpty()) {
            return row;
        }
        int first = firstRowByUnitAndName.putIfAbsent(unit, folded, pending.size(), this::sameKey);
        if (first < 0) {
            return row;
        }
        int firstRow = pending.get(first).row();
        String firstSheet = sheetNames.get(sheetOf(first));
        CellRef nameCell = row.cell(NAME).orElse(null);
        List<Issue> issues = new ArrayList<>(row.issues());
        issues.add(new Issue(row.sheet(), row.row(), nameCell == null ? null : nameCell.column(),
                MappingCode.DUPLICATE_ROW, MappingCode.DUPLICATE_ROW.severity(),
                MappingCode.DUPLICATE_ROW.message(firstRow, firstSheet), name, NAME));
        return new MappedRow.Rejected(row.sheet(), row.row(), issues);
    }

    /** Whether the waiting row at a position has a unit and folded name (a work or an event does). */
    private boolean sameKey(int position, String unit, String folded) {
        MappedRow row = pending.get(position);
        if (row instanceof MappedRow.WorkRow work) {
            return work.command().unitCode().equals(unit) && VietnameseText.fold(work.command().details().name())
                    .equals(folded);
        }
        return row instanceof MappedRow.EventRow event && event.command().unitCode().equals(unit)
                && VietnameseText.fold(event.command().details().name()).equals(folded);
    }

    /** The index of the sheet a waiting row came from. */
    private int sheetOf(int position) {
        int sheet = sheetStarts.size() - 1;
        while (sheet > 0 && sheetStarts.get(sheet) > position) {
            sheet--;
        }
        return sheet;
    }

    private FileReport finished(FileReport report) {
        listener.fileFinished(report);
        return report;
    }

    private static @Nullable String format(Path path) {
        try {
            return vn.campaign.importer.source.FileSniffer.sniff(path).name();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Receives the reader's sheets and rows and maps each data row as it comes. */
    private final class Collector implements SheetRowListener {
        private @Nullable SheetLayout layout;
        private @Nullable RowParser parser;

        @Override
        public void sheetStarted(SheetLayout sheetLayout) {
            layout = sheetLayout;
            parser = new RowParser(sheetLayout, campaignYear);
            sheetNames.add(sheetLayout.sheet());
            sheetStarts.add(pending.size());
        }

        @Override
        public void row(ReadRow row) {
            if (row instanceof DataRow data && layout != null && parser != null) {
                pending.add(checkDuplicate(mapper.map(layout, parser.parse(data)), sheetNames.size() - 1));
                unitSources.add(data.unitSource());
                if (pending.size() % PROGRESS_EVERY == 0) {
                    listener.rowsRead(file, pending.size());
                }
            }
        }

        @Override
        public void sheetFinished(SheetSummary summary) {
            sheets.add(SheetReports.of(summary));
            dataRowsInSummaries += summary.dataRows();
            summary.skippedRows().forEach((reason, count) -> skipped.merge(reason.name(), count, Integer::sum));
            layout = null;
            parser = null;
        }
    }
}
