package no.innspill.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The summary report as an editable Word document: Word's own styles (Title, heading 1–3, caption, Table Grid), a table
 * of contents field that Word and LibreOffice fill in, plain paragraphs and tables (no text boxes), each chart an
 * embedded PNG with its figures in words as alternative text. The lists of respondents are streamed ({@link DocxRows}).
 */
final class SummaryDocx {

    /** The widest a chart is drawn on an A4 page with Word's default margins, in points. */
    private static final double MAX_CHART_WIDTH = 450;
    /** The marked rows' ids, new for each document, so that no text a case worker or respondent typed can pass for one. */
    private final String respondentsId = "respondents-" + java.util.UUID.randomUUID();
    private final String withoutCommentsId = "without-comments-" + java.util.UUID.randomUUID();

    /** Where the lists of respondents come from: each hands its rows on in chunks. */
    interface Respondents {
        void all(Consumer<List<SummaryReport.Respondent>> chunk);

        void withoutComments(Consumer<List<SummaryReport.Respondent>> chunk);
    }

    private final StatisticsCharts.Texts texts;
    private final Locale locale;
    private final NumberFormat count;
    private XWPFDocument document;
    /** Whether the last thing written was a table: the paragraph after it gets room above (a cell's text has none). */
    private boolean afterTable;

    private SummaryDocx(StatisticsCharts.Texts texts) {
        this.texts = texts;
        this.locale = texts.locale();
        this.count = NumberFormat.getIntegerInstance(locale);
    }

    static void write(SummaryReport report, Respondents respondents, StatisticsCharts.Texts texts, OutputStream out) throws IOException {
        new SummaryDocx(texts).writeTo(report, respondents, out);
    }

    private void writeTo(SummaryReport report, Respondents respondents, OutputStream out) throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream(256 * 1024);
        try (XWPFDocument doc = new XWPFDocument()) {
            document = doc;
            String language = language(locale);
            DocxStyles.addTo(doc, language);
            properties(report, language);
            body(report);
            doc.enforceUpdateFields(); // Word offers to fill in the table of contents on opening
            doc.write(made);
        }
        DocxRows.write(made.toByteArray(), List.of(
                new DocxRows.Table(respondentsId, rows -> respondents.all(chunk -> rows.accept(cells(chunk))),
                        List.of(texts.get("report.respondents.none"), "", "")),
                new DocxRows.Table(withoutCommentsId, rows -> respondents.withoutComments(chunk -> rows.accept(cells(chunk))),
                        List.of(texts.get("report.without-comments.none"), "", ""))), out);
    }

    private static List<List<String>> cells(List<SummaryReport.Respondent> chunk) {
        return chunk.stream().map(respondent -> List.of(respondent.name(), respondent.kind(), respondent.documentNumber())).toList();
    }

    static String language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn" -> "nn-NO";
            case "en" -> "en-GB";
            default -> "nb-NO";
        };
    }

    private void properties(SummaryReport report, String language) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(report.title());
        core.setCreator("Innspill");
        core.setSubjectProperty(texts.get("report.subject", report.consultation().caseNumber()));
        try {
            document.getPackage().getPackageProperties().setLanguageProperty(language);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("A new document has no core properties", e);
        }
        document.getProperties().getExtendedProperties().setApplication("Innspill");
    }

    private void body(SummaryReport report) {
        paragraph(DocxStyles.TITLE, report.title());
        paragraph(null, texts.get("report.case-line", report.consultation().caseNumber(), report.consultation().owner()));
        tableOfContents();
        paragraph(DocxStyles.HEADING_1, texts.get("report.intro.heading"));
        text(report.intro(), texts.get("report.no-text"));
        paragraph(null, texts.get("report.total", report.total()));
        for (SummaryReport.Section section : report.sections()) {
            section(report, section);
        }
        campaigns(report.campaigns());
        if (report.closing() != null) {
            paragraph(DocxStyles.HEADING_1, texts.get("report.closing.heading"));
            text(report.closing(), null);
        }
        paragraph(DocxStyles.HEADING_1, texts.get("report.respondents.heading"));
        respondentTable(respondentsId, texts.get("report.respondents.caption"));
        paragraph(DocxStyles.HEADING_1, texts.get("report.without-comments.heading"));
        paragraph(null, texts.get("report.without-comments.lead"));
        respondentTable(withoutCommentsId, texts.get("report.without-comments.caption"));
    }

    private void tableOfContents() {
        paragraph(DocxStyles.TOC_HEADING, texts.get("report.toc.heading"));
        CTP toc = document.createParagraph().getCTP();
        toc.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = toc.addNewR().addNewInstrText();
        instruction.setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        toc.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        toc.addNewR().addNewT().setStringValue(texts.get("report.toc.hint"));
        toc.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void section(SummaryReport report, SummaryReport.Section section) {
        paragraph(section.level() == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2, section.heading());
        text(section.text(), null);
        paragraph(null, texts.get("report.answered", section.answered(), report.total()));
        if (section.choices() != null) {
            chartTable(section.choices());
            chart(section.choices());
        }
        if (section.byKind() != null) {
            chartTable(section.byKind());
        }
        themes(report, section);
        inputs(report, section);
    }

    private void chartTable(Chart chart) {
        paragraph(DocxStyles.CAPTION, texts.get("report.table-caption", chart.title()));
        List<String> header = new ArrayList<>();
        header.add(chart.categoryHeader());
        for (Chart.Series series : chart.series()) {
            header.add(chart.grouped() ? texts.get("statistics.csv.count-of", series.label()) : texts.get("statistics.csv.count"));
            header.add(chart.grouped() ? texts.get("statistics.csv.percent-of", series.label()) : texts.get("statistics.csv.percent"));
        }
        XWPFTable table = table(header);
        List<List<String>> cells = StatisticsPageController.cells(chart, locale);
        for (int i = 0; i < chart.rows().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(chart.rows().get(i).label());
            row.addAll(cells.get(i));
            row(table, row);
        }
    }

    private void chart(Chart chart) {
        ChartDrawing drawing = ChartDrawing.of(chart, locale);
        double width = drawing.width() * 0.75; // CSS pixels to points
        double height = drawing.height() * 0.75;
        if (width > MAX_CHART_WIDTH) {
            height = height * MAX_CHART_WIDTH / width;
            width = MAX_CHART_WIDTH;
        }
        XWPFRun run = newParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(ChartPng.render(chart, locale)), Document.PICTURE_TYPE_PNG, "chart-" + chart.id() + ".png",
                    Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Cannot embed the chart " + chart.id(), e);
        }
        var docPr = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0).getDocPr();
        docPr.setDescr(chart.describe(locale));
        docPr.setTitle(chart.title());
        paragraph(DocxStyles.CAPTION, texts.get("report.figure-caption", chart.title()));
    }

    private void themes(SummaryReport report, SummaryReport.Section section) {
        paragraph(subheading(section), texts.get("report.themes.heading"));
        if (section.themes().isEmpty()) {
            paragraph(null, texts.get("report.themes.none"));
            return;
        }
        XWPFTable table = table(List.of(texts.get("report.themes.theme"), texts.get("report.themes.responses")));
        for (ReportSources.Theme theme : section.themes()) {
            row(table, List.of(theme.label(), count.format(theme.responses())));
        }
        for (ReportSources.Theme theme : section.themes()) {
            if (theme.quotes() == null || theme.quotes().isEmpty()) {
                continue;
            }
            paragraph(null, texts.get("report.themes.quotes", theme.label()));
            for (ReportSources.Quote quote : theme.quotes()) {
                paragraph(DocxStyles.QUOTE, texts.get("report.quote", quote.text(), quote.respondent(),
                        documentNumber(report, quote.sequenceNumber())));
            }
        }
    }

    private void inputs(SummaryReport report, SummaryReport.Section section) {
        paragraph(subheading(section), texts.get("report.inputs.heading"));
        if (section.inputs().isEmpty()) {
            paragraph(null, texts.get("report.inputs.none"));
            return;
        }
        XWPFTable table = table(List.of(texts.get("report.inputs.respondent"), texts.get("report.inputs.passage"),
                texts.get("report.inputs.concerns"), texts.get("report.inputs.disposition")));
        for (ReportSources.Input input : section.inputs()) {
            row(table, List.of(input.respondent() + " (" + documentNumber(report, input.sequenceNumber()) + ")", input.passage(),
                    input.concerns() == null ? "" : input.concerns(), disposition(input)));
        }
    }

    /**
     * Themes and inputs as heading 3 under a question and a part alike: the table of contents lists headings 1–2 (the
     * questions and their parts) and stays short; the PDF nests its headings strictly instead.
     */
    private static String subheading(SummaryReport.Section section) {
        return DocxStyles.HEADING_3;
    }

    private String disposition(ReportSources.Input input) {
        String decided = input.disposition() == null ? texts.get("report.inputs.undecided") : texts.get(dispositionKey(input.disposition()));
        return input.assessment() == null || input.assessment().isBlank() ? decided : decided + ": " + input.assessment();
    }

    /** The report's own name of a disposition: {@code report.disposition.partly-adopted}. */
    static String dispositionKey(Disposition disposition) {
        return disposition.messageKey().replace("analysis.disposition.", "report.disposition.");
    }

    static String documentNumber(SummaryReport report, int sequenceNumber) {
        return report.consultation().caseNumber() + "-" + sequenceNumber;
    }

    private void campaigns(List<ReportSources.CampaignSummary> campaigns) {
        paragraph(DocxStyles.HEADING_1, texts.get("report.campaigns.heading"));
        if (campaigns.isEmpty()) {
            paragraph(null, texts.get("report.campaigns.none"));
            return;
        }
        paragraph(DocxStyles.CAPTION, texts.get("report.campaigns.caption"));
        XWPFTable table = table(List.of(texts.get("report.campaigns.template"), texts.get("report.campaigns.members"),
                texts.get("report.campaigns.own-text")));
        for (ReportSources.CampaignSummary campaign : campaigns) {
            row(table, List.of(campaign.template(), count.format(campaign.members()), count.format(campaign.withOwnText())));
        }
    }

    private void respondentTable(String id, String caption) {
        paragraph(DocxStyles.CAPTION, caption);
        XWPFTable table = table(List.of(texts.get("report.respondents.name"), texts.get("report.respondents.kind"),
                texts.get("report.respondents.document")));
        row(table, List.of(DocxRows.marker(id, 0), DocxRows.marker(id, 1), DocxRows.marker(id, 2)));
    }

    /** A table in the Table Grid style with a header row that repeats on each page. */
    private XWPFTable table(List<String> header) {
        XWPFTable table = document.createTable(1, header.size());
        afterTable = true;
        table.setStyleID(DocxStyles.TABLE);
        table.setWidth("100%");
        XWPFTableRow first = table.getRow(0);
        first.setRepeatHeader(true);
        for (int i = 0; i < header.size(); i++) {
            cell(first.getCell(i), header.get(i), true);
        }
        return table;
    }

    private static void row(XWPFTable table, List<String> cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.size(); i++) {
            cell(row.getCell(i), cells.get(i), false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        String[] lines = text == null ? new String[] {""} : text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph target = i == 0 ? paragraph : cell.addParagraph();
            XWPFRun run = target.createRun();
            run.setBold(bold);
            run.setText(lines[i]);
        }
    }

    private void paragraph(String style, String text) {
        XWPFParagraph paragraph = newParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private XWPFParagraph newParagraph() {
        XWPFParagraph paragraph = document.createParagraph();
        if (afterTable) {
            paragraph.setSpacingBefore(160);
            afterTable = false;
        }
        return paragraph;
    }

    /** Each line of a typed text as a paragraph of its own ("• " bullets stay as typed); the fallback when there is none. */
    private void text(String text, String fallback) {
        if (text == null) {
            if (fallback != null) {
                paragraph(null, fallback);
            }
            return;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                paragraph(null, line);
            }
        }
    }
}
