package no.innspill.analysis;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One chart of the statistics, the one model its SVG, PNG, CSV and HTML table are made from: rows (an option, a day, a
 * question) with one value per series (a count, or a count per respondent kind).
 *
 * @param id             the chart's name in its download links ({@code kind}, {@code choice-q1})
 * @param categoryHeader the header of the rows' column in the table and the CSV ("Valg", "Dato")
 */
record Chart(String id, String title, String categoryHeader, List<Series> series, List<Row> rows) {

    /**
     * One series of values: its label, and what its percentages are of (the responses shown, or those of one kind;
     * 0 for none, so an empty consultation shows no percentages rather than dividing by zero).
     */
    record Series(String label, long base) {
    }

    /** One row: its label and a value per series. */
    record Row(String label, List<Long> values) {

        Row {
            values = List.copyOf(values);
        }
    }

    Chart {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
    }

    public boolean grouped() {
        return series.size() > 1;
    }

    long max() {
        return rows.stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    /** The share of the series' base, 0–100, or null when the base is 0. */
    Double percent(Row row, int series) {
        long base = this.series.get(series).base();
        return base <= 0 ? null : 100.0 * row.values().get(series) / base;
    }

    /** "3 (60 %)", or "0" when there is no base to take a share of. */
    String valueLabel(Row row, int series, Locale locale) {
        Double percent = percent(row, series);
        String count = NumberFormat.getIntegerInstance(locale).format(row.values().get(series));
        return percent == null ? count : count + " (" + formatPercent(percent, locale) + ")";
    }

    static String formatPercent(double percent, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(percent > 0 && percent < 10 ? 1 : 0);
        return format.format(percent / 100);
    }

    /** The text alternative: every figure of the chart in words, for a screen reader and the SVG's {@code <desc>}. */
    String describe(Locale locale) {
        return rows.stream().map(row -> row.label() + ": " + (grouped()
                        ? java.util.stream.IntStream.range(0, series.size())
                        .mapToObj(i -> series.get(i).label() + " " + valueLabel(row, i, locale)).collect(Collectors.joining(", "))
                        : valueLabel(row, 0, locale)))
                .collect(Collectors.joining("; ", title + ". ", "."));
    }
}
