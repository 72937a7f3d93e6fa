package no.innspill.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.form.Question;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.Channel;
import no.innspill.response.ResponseFilter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The statistics page of a consultation (charts as inline SVG, each with its data table) under the list's filters, and
 * each chart as SVG, PNG or CSV.
 */
@Controller
class StatisticsPageController {

    private static final String PAGE = "/saksbehandler/horinger/{slug}/statistikk";
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Consultations consultations;
    private final Forms forms;
    private final StatisticsCharts charts;
    private final MessageSource messages;

    StatisticsPageController(Consultations consultations, Forms forms, StatisticsCharts charts, MessageSource messages) {
        this.consultations = consultations;
        this.forms = forms;
        this.charts = charts;
        this.messages = messages;
    }

    /** A chart as the page shows it: its inline SVG, and its table's cells (a count and a percentage per series). */
    record ShownChart(Chart chart, String svg, List<List<String>> cells, Map<String, String> downloads) {
    }

    @GetMapping(PAGE)
    String page(@PathVariable String slug, ResponseFilter.Params params, Locale locale, Model model, HttpServletResponse response) {
        Consultation consultation = consultations.getBySlug(slug);
        model.addAttribute("consultation", consultation);
        model.addAttribute("params", params);
        model.addAttribute("choiceFilters", choiceFilters(consultation));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("listLink", link("/saksbehandler/horinger/{slug}", slug, params));
        ResponseFilter filter;
        try {
            filter = params.filter();
        } catch (InvalidInputException e) {
            // the form comes back with what is wrong named, rather than an error page without the filter
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", e.errors());
            return "staff/statistics";
        }
        StatisticsCharts.Statistics statistics = charts.of(consultation, filter, locale);
        model.addAttribute("statistics", statistics);
        model.addAttribute("searched", filter.search() != null);
        List<ShownChart> shown = new ArrayList<>();
        for (Chart chart : statistics.charts()) {
            Map<String, String> downloads = new LinkedHashMap<>();
            for (String format : List.of("svg", "png", "csv")) {
                downloads.put(format, link(PAGE + "/" + chart.id() + "." + format, slug, params));
            }
            shown.add(new ShownChart(chart, ChartSvg.inline(chart, locale), cells(chart, locale), downloads));
        }
        model.addAttribute("charts", shown);
        return "staff/statistics";
    }

    @GetMapping(PAGE + "/{chart}.svg")
    ResponseEntity<String> svg(@PathVariable String slug, @PathVariable String chart, ResponseFilter.Params params, Locale locale) {
        Chart shown = chart(slug, chart, params, locale);
        return download(slug, chart, "svg", SVG).body(ChartSvg.standalone(shown, locale));
    }

    @GetMapping(PAGE + "/{chart}.png")
    ResponseEntity<byte[]> png(@PathVariable String slug, @PathVariable String chart, ResponseFilter.Params params, Locale locale) {
        Chart shown = chart(slug, chart, params, locale);
        return download(slug, chart, "png", MediaType.IMAGE_PNG).body(ChartPng.render(shown, locale));
    }

    @GetMapping(PAGE + "/{chart}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable String chart, ResponseFilter.Params params, Locale locale) {
        Chart shown = chart(slug, chart, params, locale);
        String csv = ChartCsv.write(shown, locale, (series, what) -> series == null
                ? text(locale, "statistics.csv." + what)
                : text(locale, "statistics.csv." + what + "-of", series));
        return download(slug, chart, "csv", CSV).body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private Chart chart(String slug, String id, ResponseFilter.Params params, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        return charts.of(consultation, params.filter(), locale).chart(id)
                .orElseThrow(() -> new NotFoundException("Consultation " + consultation.caseNumber() + " has no chart " + id));
    }

    private static ResponseEntity.BodyBuilder download(String slug, String chart, String extension, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("statistikk-" + slug + "-" + chart + "." + extension, StandardCharsets.UTF_8).build().toString());
    }

    /** Each row's cells as the page, the report and its documents show them: a count and a percentage per series. */
    static List<List<String>> cells(Chart chart, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        java.text.NumberFormat count = java.text.NumberFormat.getIntegerInstance(locale);
        for (Chart.Row row : chart.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < chart.series().size(); i++) {
                cells.add(count.format(row.values().get(i)));
                Double percent = chart.percent(row, i);
                cells.add(percent == null ? "–" : Chart.formatPercent(percent, locale));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The values of the choice filter: "q1:yes" labelled "1) Ja". */
    private Map<String, String> choiceFilters(Consultation consultation) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (Question question : forms.get(consultation.form()).questions()) {
            if (question.hasOptions()) {
                question.options().forEach(option -> filters.put(question.id() + ":" + option.id(), question.number() + ") " + option.label()));
            }
        }
        return filters;
    }

    /** Values encoded strictly ({@code &}, {@code +}, {@code #} in a search too), as the list's links are. */
    private static String link(String path, String slug, ResponseFilter.Params params) {
        return params.link(path.replace("{slug}", slug));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
