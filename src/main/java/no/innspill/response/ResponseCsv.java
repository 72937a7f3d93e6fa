package no.innspill.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.innspill.platform.DateFormats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Responses as CSV, one row each in the {@link ExportColumns}' columns. Written with a UTF-8 BOM so spreadsheet
 * programs show æøå, with {@code ;} between cells by default (what Norwegian spreadsheet programs split on; a comma
 * when asked), dates as they read them ({@code 2026-12-01 13:45:00}, Oslo time) and every cell that would start a
 * formula made harmless. By ids ({@code labels=ids}) dates are ISO 8601 with their offset, as integrations read them.
 */
final class ResponseCsv {

    /** Which character separates the cells. */
    enum Separator {
        SEMICOLON(';'), COMMA(',');

        private final char character;

        Separator(char character) {
            this.character = character;
        }
    }

    static final DateTimeFormatter SPREADSHEET_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<ExportColumns.Column> columns;
    private final boolean isoDates;
    private final CSVPrinter csv;

    private ResponseCsv(List<ExportColumns.Column> columns, boolean isoDates, CSVPrinter csv) {
        this.columns = columns;
        this.isoDates = isoDates;
        this.csv = csv;
    }

    /** Writes the byte-order mark and the header; the caller's writer is not closed. */
    static ResponseCsv start(List<ExportColumns.Column> columns, boolean isoDates, Separator separator, Writer out) {
        try {
            out.write('\ufeff');
            // not closed: closing the printer would close the caller's stream
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(separator.character).get());
            printer.printRecord(columns.stream().map(column -> safe(column.header())).toList());
            return new ResponseCsv(columns, isoDates, printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(List<ExportColumns.Row> rows) {
        try {
            for (ExportColumns.Row row : rows) {
                List<String> cells = new ArrayList<>(columns.size());
                for (ExportColumns.Column column : columns) {
                    cells.add(cell(column.value().apply(row)));
                }
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cell(Object value) {
        if (value instanceof Instant instant) {
            return isoDates ? ResponseView.oslo(instant).toString() : SPREADSHEET_DATE.format(instant.atZone(DateFormats.OSLO));
        }
        return safe(value == null ? null : value.toString());
    }

    /** {@link no.innspill.platform.SpreadsheetCells#formulaSafe}: no cell may start a formula. */
    static String safe(String value) {
        return no.innspill.platform.SpreadsheetCells.formulaSafe(value);
    }
}
