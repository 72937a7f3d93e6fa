package no.innspill.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A chart's data as CSV for Norwegian spreadsheets: UTF-8 with a BOM, {@code ;} between fields, headers in the user's
 * language, a count and a percentage per series (a plain number with the language's decimal mark).
 */
final class ChartCsv {

    private static final String BOM = "\uFEFF";

    private ChartCsv() {
    }

    /**
     * @param header the header of a series' column: (series label or null for a single series, "count"|"percent")
     */
    static String write(Chart chart, Locale locale, BiFunction<String, String, String> header) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setGroupingUsed(false);
        percent.setMaximumFractionDigits(1);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            List<String> headers = new ArrayList<>();
            headers.add(safe(chart.categoryHeader()));
            for (Chart.Series series : chart.series()) {
                String label = chart.grouped() ? series.label() : null;
                headers.add(safe(header.apply(label, "count")));
                headers.add(safe(header.apply(label, "percent")));
            }
            csv.printRecord(headers);
            for (Chart.Row row : chart.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(safe(row.label()));
                for (int i = 0; i < chart.series().size(); i++) {
                    cells.add(Long.toString(row.values().get(i)));
                    Double share = chart.percent(row, i);
                    cells.add(share == null ? "" : percent.format(share));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@link no.innspill.platform.SpreadsheetCells#formulaSafe}: no cell may start a formula. */
    static String safe(String value) {
        return no.innspill.platform.SpreadsheetCells.formulaSafe(value);
    }
}
