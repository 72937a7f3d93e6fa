package no.innspill.analysis;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import no.innspill.document.ResponseDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The summary report as PDF/A-2a + PDF/UA-1: the template {@code document/summary} rendered by the document module's
 * renderer (tagged, fonts embedded, an outline of the headings), each chart a PNG with its figures in words as
 * alternative text and its table beside it. The PDF is laid out in memory as a whole, the respondents too.
 */
@Component
class SummaryPdf {

    /** The widest a chart is drawn on the page, in points (A4 less the layout's margins). */
    private static final double MAX_WIDTH = 440;

    private final ITemplateEngine templates;
    private final ResponseDocuments documents;

    SummaryPdf(ITemplateEngine templates, ResponseDocuments documents) {
        this.templates = templates;
        this.documents = documents;
    }

    /** A chart's table as shown: its chart and each row's cells. */
    record Table(Chart chart, List<List<String>> cells) {
    }

    /** A chart as an image: a {@code data:} URI (the renderer loads nothing else), its text alternative and size in points. */
    record Figure(String src, String alt, String caption, double width, double height) {
    }

    record Section(SummaryReport.Section section, Table choices, Table byKind, Figure figure) {
    }

    byte[] render(SummaryReport report, List<SummaryReport.Respondent> respondents, List<SummaryReport.Respondent> withoutComments,
                  String lang, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("caseDetails", report.consultation().caseDetails());
        context.setVariable("lang", lang);
        List<Section> sections = new ArrayList<>();
        for (SummaryReport.Section section : report.sections()) {
            sections.add(new Section(section, table(section.choices(), locale), table(section.byKind(), locale),
                    section.choices() == null ? null : figure(section.choices(), locale)));
        }
        context.setVariable("sections", sections);
        context.setVariable("respondents", respondents);
        context.setVariable("withoutComments", withoutComments);
        return documents.htmlPdf(templates.process("document/summary", context));
    }

    private static Table table(Chart chart, Locale locale) {
        return chart == null ? null : new Table(chart, StatisticsPageController.cells(chart, locale));
    }

    private static Figure figure(Chart chart, Locale locale) {
        ChartDrawing drawing = ChartDrawing.of(chart, locale);
        double width = drawing.width() * 0.75;
        double height = drawing.height() * 0.75;
        if (width > MAX_WIDTH) {
            height = height * MAX_WIDTH / width;
            width = MAX_WIDTH;
        }
        String src = "data:image/png;base64," + Base64.getEncoder().encodeToString(ChartPng.render(chart, locale));
        return new Figure(src, chart.describe(locale), chart.title(), Math.round(width), Math.round(height));
    }
}
