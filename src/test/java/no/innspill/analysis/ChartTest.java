package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The chart model's percentages, text alternative and layout, which every format shares. */
class ChartTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private static Chart byKind(long organisations, long persons) {
        return new Chart("choice-q1-by-kind", "1) Er du enig?", "Valg",
                List.of(new Chart.Series("Organisasjon", organisations), new Chart.Series("Privatperson", persons)),
                List.of(new Chart.Row("Ja", List.of(1L, 2L)), new Chart.Row("=Nei" + "x".repeat(100), List.of(1L, 1L))));
    }

    @Test
    void percentages_are_of_each_series_base_and_absent_without_one() {
        Chart chart = byKind(2, 0);
        assertThat(chart.percent(chart.rows().get(0), 0)).isEqualTo(50.0);
        assertThat(chart.percent(chart.rows().get(0), 1)).isNull();
        assertThat(chart.valueLabel(chart.rows().get(0), 1, NB)).isEqualTo("2");
        assertThat(Chart.formatPercent(2.5, Locale.ENGLISH)).isEqualTo("2.5%");
    }

    @Test
    void the_text_alternative_states_every_figure() {
        assertThat(byKind(2, 3).describe(Locale.ENGLISH))
                .startsWith("1) Er du enig?. Ja: Organisasjon 1 (50%), Privatperson 2 (67%); =Nei");
    }

    @Test
    void long_labels_are_shortened_in_the_drawing_and_kept_whole_in_the_csv_with_a_formula_guard() {
        Chart chart = byKind(2, 3);
        ChartDrawing drawing = ChartDrawing.of(chart, NB);
        assertThat(drawing.width()).isEqualTo(ChartDrawing.WIDTH);
        assertThat(drawing.shapes()).filteredOn(ChartDrawing.Text.class::isInstance).map(ChartDrawing.Text.class::cast)
                .anySatisfy(text -> assertThat(text.text()).startsWith("=Nei").endsWith("…"));
        String csv = ChartCsv.write(chart, NB, (series, what) -> series + " " + what);
        assertThat(csv).contains("'=Nei" + "x".repeat(100)).startsWith("\uFEFFValg;Organisasjon count;");
    }

    @Test
    void an_empty_chart_draws_without_dividing_by_zero() {
        Chart empty = new Chart("kind", "Svar", "Type", List.of(new Chart.Series("Antall", 0)),
                List.of(new Chart.Row("Organisasjon", List.of(0L))));
        assertThat(ChartPng.render(empty, NB)).isNotEmpty();
        assertThat(ChartSvg.standalone(empty, NB)).contains("<desc id=\"chart-kind-desc\">Svar. Organisasjon: 0.</desc>");
    }
}
