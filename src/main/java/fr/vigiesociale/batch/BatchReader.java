package fr.vigiesociale.batch;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.i18n.ScenarioErrorText;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioFields;
import fr.vigiesociale.scenario.ScenarioValidator;
import fr.vigiesociale.scenario.SourceTree;
import fr.vigiesociale.scenario.TerritoryLevel;
import fr.vigiesociale.scenario.Utf8;
import fr.vigiesociale.territory.Place;
import fr.vigiesociale.territory.TerritoryReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a batch file: a header row, then one territory per row keyed by its INSEE code. A column is
 * a scenario field by its contract path ({@code indicators.foodAidRequestsChangePct}) or by its key
 * alone when that is unique ({@code foodAidRequestsChangePct}); an empty cell is unknown. Name,
 * population and level come from the territory reference when the row leaves them out; the crisis
 * fields may be given for the whole file. Lines starting with {@code #} are comments. Separator
 * {@code ;} (a French spreadsheet's export, with decimal commas) or {@code ,}.
 *
 * <p>Each row is checked as a scenario file is, and its errors name the row and the column; a bad
 * row never stops the others.
 */
public final class BatchReader {

    static final String CODE = "inseeCode";
    /** What no reference can supply: given for the whole file or in a column, or no row can be read. */
    static final List<String> REQUIRED = List.of("crisis.kind", "crisis.phase");

    private final TerritoryReference reference = TerritoryReference.get();
    private final CrisisDefaults defaults;
    private final Messages messages;

    public BatchReader(CrisisDefaults defaults, Messages messages) {
        this.defaults = defaults;
        this.messages = messages;
    }

    /** A file split into rows, not yet checked: its header, its rows and its own errors. */
    public record Sheet(Columns columns, List<Line> lines, List<BatchError> errors, boolean decimalComma) {
    }

    /** One row's cells and the line it starts on. */
    public record Line(int line, List<String> cells) {
    }

    /**
     * Reads every row hands each, checked, to {@code rows}, in file order; returns the file's own
     * errors (no header, no {@code inseeCode} column, an unknown column).
     */
    public List<BatchError> read(Reader in, Consumer<BatchRow> rows) throws IOException {
        Sheet sheet = sheet(in);
        sheet.lines().forEach(l -> rows.accept(row(sheet, l)));
        return sheet.errors();
    }

    /**
     * Splits a file's bytes into rows, as {@link #sheet(Reader)}; bytes that are not UTF-8 make the
     * file unusable, at the line and column of the first one (a spreadsheet saved in its local
     * encoding rather than "CSV UTF-8"), rather than names read wrong.
     */
    public Sheet sheet(byte[] content) throws IOException {
        Utf8.Decoded text = Utf8.decode(content);
        if (!text.valid()) {
            return new Sheet(null, List.of(), List.of(new BatchError(text.line(), "",
                    messages.get("batch.encoding", text.line(), text.column()))), false);
        }
        return sheet(new java.io.StringReader(text.text()));
    }

    /**
     * Splits a file into rows; when the file itself is unusable (no header, no {@code inseeCode}
     * column, no crisis kind or phase anywhere) it has no rows and says why. Rows are checked by
     * {@link #row}, which any thread may call.
     */
    public Sheet sheet(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        reader.mark(256 * 1024);
        String first = reader.readLine();
        while (first != null && (first.startsWith("#") || first.isBlank())) {
            first = reader.readLine();
        }
        List<BatchError> fileErrors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (first == null) {
            fileErrors.add(new BatchError(1, "", messages.get("batch.empty"))); // where the header should be
            return new Sheet(null, lines, fileErrors, false);
        }
        reader.reset();
        boolean semicolon = first.indexOf(';') >= 0;
        CSVFormat format = CSVFormat.Builder.create(semicolon ? CSVFormat.EXCEL.builder().setDelimiter(';').get() : CSVFormat.RFC4180)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        List<Columns> header = new ArrayList<>(1);
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            try {
                readRecords(parser, header, fileErrors, lines);
            } catch (java.io.UncheckedIOException e) {
                // a quote opened and not closed, or text after a closing quote: reading stops there,
                // and the rows before it are still ranked
                long at = parser.getCurrentLineNumber();
                fileErrors.add(new BatchError((int) at, "", messages.get("batch.badQuotes", at)));
            }
        }
        return new Sheet(header.isEmpty() ? null : header.get(0), header.isEmpty() ? List.of() : lines, fileErrors, semicolon);
    }

    /** The header into {@code header}, then the rows into {@code lines}; none when the header is unusable. */
    private void readRecords(CSVParser parser, List<Columns> header, List<BatchError> fileErrors, List<Line> lines) {
        for (CSVRecord record : parser) {
            int line = (int) parser.getCurrentLineNumber();
            if (header.isEmpty()) {
                Columns columns = Columns.of(record, fileErrors, messages);
                header.add(columns);
                for (String required : REQUIRED) {
                    if (!defaults.values().containsKey(required) && !columns.paths().contains(required)) {
                        fileErrors.add(new BatchError(1, required, messages.get("batch.missingCrisis", required,
                                required.substring(required.indexOf('.') + 1))));
                    }
                }
                if (columns.code() < 0 || fileErrors.stream().anyMatch(e -> REQUIRED.contains(e.column()))) {
                    return;
                }
                continue;
            }
            lines.add(new Line(line, record.toList()));
        }
    }

    /** One row checked as a scenario file would be: its scenario, or its errors by column. */
    public BatchRow row(Sheet sheet, Line l) {
        return row(l.cells(), l.line(), sheet.columns(), sheet.decimalComma());
    }

    private BatchRow row(List<String> record, int line, Columns columns, boolean decimalComma) {
        String code = columns.code() < record.size() ? record.get(columns.code()) : "";
        List<BatchError> errors = new ArrayList<>();
        Map<String, Object> cells = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        defaults.values().forEach(cells::put);
        for (int i = 0; i < record.size() && i < columns.paths().size(); i++) {
            String path = columns.paths().get(i);
            if (path != null && !record.get(i).isEmpty()) {
                cells.put(path, Cells.typed(ScenarioFields.byPath(path).orElseThrow(), record.get(i), decimalComma));
                at.put(path, i + 1);
            }
        }
        Place place = code.isEmpty() ? null : reference.byCode(code).orElse(null);
        if (code.isEmpty()) {
            errors.add(new BatchError(line, CODE, messages.get("batch.noCode")));
        } else if (place == null) {
            errors.add(new BatchError(line, CODE, messages.get("batch.unknownCode", code)));
        } else {
            cells.putIfAbsent("territory.name", place.name());
            cells.putIfAbsent("territory.level", TerritoryLevel.of(place.kind()).name());
            if (place.population() != null && place.population() > 0) {
                cells.putIfAbsent("territory.population", place.population());
            } else if (!cells.containsKey("territory.population")) {
                errors.add(new BatchError(line, "population", messages.get("batch.noPopulation", place.name())));
            }
        }
        if (!errors.isEmpty()) {
            return new BatchRow(line, code, null, errors);
        }
        cells.put("territory.inseeCode", code);
        cells.put("schemaVersion", (long) ScenarioFields.SCHEMA_VERSION);
        cells.put("id", "insee-" + code.toLowerCase(Locale.ROOT));
        cells.putIfAbsent("title", cells.get("territory.name"));
        List<ScenarioError> problems = new ArrayList<>();
        Map<String, Object> values = ScenarioValidator.scenario(Cells.tree(cells, at, line), "", problems);
        for (ScenarioError p : problems) {
            String column = p.column() > 0 ? columns.names().get(p.column() - 1) : p.path();
            errors.add(new BatchError(line, column, ScenarioErrorText.of(p, messages)));
        }
        // in the order of the file's columns, as a reader scans the row
        errors.sort(java.util.Comparator.comparingInt(e -> columns.names().contains(e.column())
                ? columns.names().indexOf(e.column()) : Integer.MAX_VALUE));
        return errors.isEmpty() ? new BatchRow(line, code, Scenario.fromFields(values), List.of())
                : new BatchRow(line, code, null, errors);
    }

    /** The header: each column's contract path ({@code null} when unknown) and the code column. */
    public record Columns(List<String> names, List<String> paths, int code) {

        static Columns of(CSVRecord header, List<BatchError> errors, Messages messages) {
            List<String> names = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            int code = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                names.add(name);
                boolean isCode = name.equals(CODE) || name.equals("territory." + CODE);
                String path = isCode ? null : Cells.path(name);
                if (isCode) {
                    code = i;
                } else if (path == null) {
                    // a header is shown back as typed, minus what a terminal would obey (escapes, overrides)
                    String shown = fr.vigiesociale.scenario.TextCharacters.strip(name).replaceAll("[\\r\\n\\t]", " ");
                    errors.add(new BatchError(1, shown, messages.get("batch.unknownColumn", shown,
                            Cells.closestColumn(name).map(c -> messages.get("batch.didYouMean", c)).orElse(""))));
                }
                paths.add(path);
            }
            if (code < 0) {
                errors.add(new BatchError(1, CODE, messages.get("batch.noCodeColumn")));
            }
            return new Columns(names, paths, code);
        }
    }
}
