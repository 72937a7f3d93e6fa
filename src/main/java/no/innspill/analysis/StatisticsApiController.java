package no.innspill.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Question;
import no.innspill.response.Channel;
import no.innspill.response.RespondentKind;
import no.innspill.response.ResponseFilter;
import no.innspill.response.ResponseStatistics;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The statistics of a consultation's responses as JSON, under the same filters and search as the lists (staff). */
@RestController
@Tag(name = "Statistics")
class StatisticsApiController {

    private final Consultations consultations;
    private final StatisticsCharts charts;

    StatisticsApiController(Consultations consultations, StatisticsCharts charts) {
        this.consultations = consultations;
        this.charts = charts;
    }

    record Option(String id, String label, long count, Map<String, Long> byKind) {
    }

    record Part(String id, String title, long answered, long unanswered) {
    }

    record QuestionFigures(String id, int number, String kind, String text, long answered, long unanswered,
                           List<Option> options, List<Part> parts) {
    }

    record Day(LocalDate date, long count) {
    }

    record InviteeFigures(long invited, long answered) {
    }

    record StatisticsJson(long total, Map<String, Long> byKind, Map<String, Long> byChannel, long late,
                          List<QuestionFigures> questions, List<Day> overTime, InviteeFigures invitees) {
    }

    @GetMapping(path = "/api/v1/consultations/{slug}/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Statistics of the responses (staff)",
            description = "Counts over the responses the filters and the search hold (the same query parameters as the list of "
                    + "responses): in all, by respondent kind, by channel, late; per question how many answered it (for an "
                    + "attachments question: attached a file to it) and per part; per option of a choice question how many chose "
                    + "it, in all and by kind; per day received (Europe/Oslo, days without responses left out); and of the "
                    + "høringsliste how many are on it and how many of them answered (not filtered).")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatisticsJson.class)))
    @ApiResponse(responseCode = "400", description = "A filter parameter with a value it does not take", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    StatisticsJson statistics(@PathVariable String slug, @ParameterObject ResponseFilter.Params params, Locale locale) {
        Consultation consultation = consultations.getBySlug(slug);
        StatisticsCharts.Statistics statistics = charts.of(consultation, params.filter(), locale);
        ResponseStatistics.Figures figures = statistics.figures();
        long total = figures.totals().total();
        List<QuestionFigures> questions = new ArrayList<>();
        for (Question question : statistics.form().answerable()) {
            long answered = figures.answered().getOrDefault(question.id(), 0L);
            List<Option> options = new ArrayList<>();
            for (Question.Option option : question.options()) {
                String key = question.id() + ":" + option.id();
                options.add(new Option(option.id(), option.label(), figures.choices().getOrDefault(key, 0L),
                        byKind(figures.choicesByKind().getOrDefault(key, Map.of()))));
            }
            List<Part> parts = new ArrayList<>();
            for (Question.Part part : question.parts()) {
                long given = figures.answered().getOrDefault(part.fullId(), 0L);
                parts.add(new Part(part.fullId(), part.title(), given, total - given));
            }
            questions.add(new QuestionFigures(question.id(), question.number(), question.kind().yamlName(), question.text(),
                    answered, total - answered, options, parts));
        }
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.jsonName(), figures.totals().byChannel().getOrDefault(channel, 0L));
        }
        return new StatisticsJson(total, byKind(figures.totals().byKind()), byChannel, figures.totals().late(), questions,
                figures.days().stream().map(day -> new Day(day.date(), day.count())).toList(),
                new InviteeFigures(statistics.invitees().invited(), statistics.invitees().answered()));
    }

    private static Map<String, Long> byKind(Map<RespondentKind, Long> counts) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (RespondentKind kind : RespondentKind.values()) {
            byKind.put(kind.jsonName(), counts.getOrDefault(kind, 0L));
        }
        return byKind;
    }
}
