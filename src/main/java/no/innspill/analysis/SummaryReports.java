package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.response.ResponseFilter;
import no.innspill.response.Responses;
import no.innspill.response.StoredResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers the summary report of a consultation: the case worker's texts, the statistics per question, and the themes,
 * campaigns and inputs of the features that find them (each optional: absent, its part of the report says "none yet").
 * The respondents are not gathered: {@link #forEachRespondent} hands them on in chunks, so 100,000 never sit in memory.
 */
@Component
class SummaryReports {

    private final StatisticsCharts charts;
    private final SummaryTexts texts;
    private final Responses responses;
    private final ObjectProvider<ReportSources.Themes> themes;
    private final ObjectProvider<ReportSources.Campaigns> campaigns;
    private final ObjectProvider<ReportSources.Inputs> inputs;
    private final MessageSource messages;

    SummaryReports(StatisticsCharts charts, SummaryTexts texts, Responses responses, ObjectProvider<ReportSources.Themes> themes,
                   ObjectProvider<ReportSources.Campaigns> campaigns, ObjectProvider<ReportSources.Inputs> inputs, MessageSource messages) {
        this.charts = charts;
        this.texts = texts;
        this.responses = responses;
        this.themes = themes;
        this.campaigns = campaigns;
        this.inputs = inputs;
        this.messages = messages;
    }

    SummaryReport of(Consultation consultation, Locale locale) {
        StatisticsCharts.Statistics statistics = charts.of(consultation, ResponseFilter.all(), locale);
        Map<String, String> written = texts.of(consultation.id());
        FormDefinition form = statistics.form();
        List<SummaryReport.Section> sections = new ArrayList<>();
        for (Question question : form.answerable()) {
            Chart choices = question.hasOptions() ? statistics.chart("choice-" + question.id()).orElse(null) : null;
            Chart byKind = question.hasOptions() ? statistics.chart("choice-" + question.id() + "-by-kind").orElse(null) : null;
            sections.add(section(consultation, question.id(), 1, messages.getMessage("report.question-heading",
                    new Object[] {question.number(), question.text()}, locale), written, choices, byKind, statistics));
            for (Question.Part part : question.parts()) {
                sections.add(section(consultation, part.fullId(), 2, part.title(), written, null, null, statistics));
            }
        }
        String title = written.getOrDefault(SummaryTexts.TITLE, defaultTitle(consultation, locale));
        List<ReportSources.CampaignSummary> found = java.util.Optional.ofNullable(campaigns.getIfAvailable())
                .map(source -> orEmpty(source.campaigns(consultation.id()))).orElse(List.of());
        return new SummaryReport(consultation, title, written.get(SummaryTexts.INTRO), written.get(SummaryTexts.CLOSING),
                statistics.figures().totals().total(), sections, found);
    }

    String defaultTitle(Consultation consultation, Locale locale) {
        return messages.getMessage("report.default-title", new Object[] {consultation.title(locale)}, locale);
    }

    private SummaryReport.Section section(Consultation consultation, String answerId, int level, String heading, Map<String, String> written,
                                          Chart choices, Chart byKind, StatisticsCharts.Statistics statistics) {
        List<ReportSources.Theme> confirmed = java.util.Optional.ofNullable(themes.getIfAvailable())
                .map(source -> orEmpty(source.themes(consultation.id(), answerId))).orElse(List.of());
        List<ReportSources.Input> coded = java.util.Optional.ofNullable(inputs.getIfAvailable())
                .map(source -> orEmpty(source.inputs(consultation.id(), answerId))).orElse(List.of());
        return new SummaryReport.Section(answerId, level, heading, written.get(SummaryTexts.answerSection(answerId)), choices, byKind,
                statistics.figures().answered().getOrDefault(answerId, 0L), confirmed, coded);
    }

    /** Every respondent (the latest version of each response), in document-number order, in chunks. */
    void forEachRespondent(Consultation consultation, Locale locale, Consumer<List<SummaryReport.Respondent>> chunk) {
        responses.forEachChunk(consultation, ResponseFilter.all(), rows -> chunk.accept(rows.stream().map(row -> respondent(row, locale)).toList()));
    }

    /**
     * Those who had no comments, in chunks: who said "ingen merknader", or gave neither a text nor a choice nor a file.
     * Read from the responses without attachments: one with a file has said something, even with "ingen merknader" ticked.
     */
    void forEachWithoutComments(Consultation consultation, Locale locale, Consumer<List<SummaryReport.Respondent>> chunk) {
        ResponseFilter withoutFiles = new ResponseFilter(List.of(), null, null, null, false, null, null, null, Responses.Versions.LATEST);
        responses.forEachChunk(consultation, withoutFiles, rows -> {
            List<SummaryReport.Respondent> silent = rows.stream()
                    .filter(row -> row.noComments() || row.answers().values().stream().allMatch(answer -> answer == null || answer.isEmpty()))
                    .map(row -> respondent(row, locale)).toList();
            if (!silent.isEmpty()) {
                chunk.accept(silent);
            }
        });
    }

    private SummaryReport.Respondent respondent(StoredResponse response, Locale locale) {
        String kind = messages.getMessage("staff.kind." + response.respondent().kind().jsonName(), null, locale);
        boolean withheld = response.publication().withholdName() && "person".equals(response.respondent().kind().jsonName());
        return new SummaryReport.Respondent(withheld ? kind : response.respondent().name(), kind, response.documentNumber());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
