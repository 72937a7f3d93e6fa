package no.innspill.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.form.Question;
import no.innspill.invitation.Invitees;
import no.innspill.response.Channel;
import no.innspill.response.RespondentKind;
import no.innspill.response.ResponseFilter;
import no.innspill.response.ResponseStatistics;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of a consultation's statistics under a filter, in the user's language: the one model every format draws. */
@Component
class StatisticsCharts {

    /** Up to this many days the chart over time shows days; up to a year weeks, beyond that months. */
    static final int DAYS_SHOWN = 31;
    static final int WEEKS_UP_TO_DAYS = 366;

    private final ResponseStatistics statistics;
    private final Invitees invitees;
    private final Forms forms;
    private final MessageSource messages;

    StatisticsCharts(ResponseStatistics statistics, Invitees invitees, Forms forms, MessageSource messages) {
        this.statistics = statistics;
        this.invitees = invitees;
        this.forms = forms;
        this.messages = messages;
    }

    /** The figures, the form they are of, the høringsliste's, and the charts drawn from them. */
    record Statistics(ResponseStatistics.Figures figures, FormDefinition form, Invitees.Answered invitees, List<Chart> charts) {

        Optional<Chart> chart(String id) {
            return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
        }
    }

    Statistics of(Consultation consultation, ResponseFilter filter, Locale locale) {
        ResponseStatistics.Figures figures = statistics.of(consultation, filter);
        FormDefinition form = forms.get(consultation.form());
        Invitees.Answered answered = invitees.answered(consultation);
        Texts texts = new Texts(messages, locale);
        long total = figures.totals().total();
        List<Chart> charts = new ArrayList<>();
        charts.add(single("kind", texts.get("statistics.chart.kind"), texts.get("statistics.column.kind"), total, texts,
                rowsOf(figures.totals().byKind(), RespondentKind.values(), kind -> texts.get("staff.kind." + kind.jsonName()))));
        charts.add(overTime(figures.days(), total, texts, locale));
        for (Question question : form.questions()) {
            if (question.hasOptions()) {
                charts.add(choice(question, figures, texts));
                charts.add(choiceByKind(question, figures, texts));
            }
        }
        charts.add(answered(form, figures, texts));
        charts.add(single("channel", texts.get("statistics.chart.channel"), texts.get("statistics.column.channel"), total, texts,
                rowsOf(figures.totals().byChannel(), Channel.values(), channel -> texts.get("staff.channel." + channel.jsonName()))));
        long late = figures.totals().late();
        charts.add(single("late", texts.get("statistics.chart.late"), texts.get("statistics.column.deadline"), total, texts, List.of(
                new Chart.Row(texts.get("staff.late.no"), List.of(total - late)),
                new Chart.Row(texts.get("staff.late.yes"), List.of(late)))));
        charts.add(single("invitees", texts.get("statistics.chart.invitees"), texts.get("statistics.column.invitees"),
                answered.invited(), texts, List.of(
                        new Chart.Row(texts.get("statistics.row.invitee-answered"), List.of(answered.answered())),
                        new Chart.Row(texts.get("statistics.row.invitee-unanswered"), List.of(answered.invited() - answered.answered())))));
        return new Statistics(figures, form, answered, List.copyOf(charts));
    }

    private static Chart single(String id, String title, String header, long base, Texts texts, List<Chart.Row> rows) {
        return new Chart(id, title, header, List.of(new Chart.Series(texts.get("statistics.series.count"), base)), rows);
    }

    private static <E extends Enum<E>> List<Chart.Row> rowsOf(Map<E, Long> counts, E[] values, java.util.function.Function<E, String> label) {
        List<Chart.Row> rows = new ArrayList<>();
        for (E value : values) {
            rows.add(new Chart.Row(label.apply(value), List.of(counts.getOrDefault(value, 0L))));
        }
        return rows;
    }

    private static Chart choice(Question question, ResponseStatistics.Figures figures, Texts texts) {
        long total = figures.totals().total();
        List<Chart.Row> rows = new ArrayList<>();
        for (Question.Option option : question.options()) {
            rows.add(new Chart.Row(option.label(), List.of(figures.choices().getOrDefault(question.id() + ":" + option.id(), 0L))));
        }
        rows.add(new Chart.Row(texts.get("statistics.row.unanswered"),
                List.of(Math.max(0, total - figures.choices().getOrDefault(question.id(), 0L)))));
        return single("choice-" + question.id(), texts.get("statistics.chart.choice", question.number(), question.text()),
                texts.get("statistics.column.option"), total, texts, rows);
    }

    private static Chart choiceByKind(Question question, ResponseStatistics.Figures figures, Texts texts) {
        List<Chart.Series> series = new ArrayList<>();
        for (RespondentKind kind : RespondentKind.values()) {
            series.add(new Chart.Series(texts.get("staff.kind." + kind.jsonName()), figures.totals().byKind().getOrDefault(kind, 0L)));
        }
        List<Chart.Row> rows = new ArrayList<>();
        for (Question.Option option : question.options()) {
            Map<RespondentKind, Long> byKind = figures.choicesByKind().getOrDefault(question.id() + ":" + option.id(), Map.of());
            List<Long> values = new ArrayList<>();
            for (RespondentKind kind : RespondentKind.values()) {
                values.add(byKind.getOrDefault(kind, 0L));
            }
            rows.add(new Chart.Row(option.label(), values));
        }
        return new Chart("choice-" + question.id() + "-by-kind", texts.get("statistics.chart.choice-by-kind", question.number(),
                question.text()), texts.get("statistics.column.option"), series, rows);
    }

    private static Chart answered(FormDefinition form, ResponseStatistics.Figures figures, Texts texts) {
        long total = figures.totals().total();
        List<Chart.Row> rows = new ArrayList<>();
        for (Question question : form.answerable()) {
            String number = question.number() + ") ";
            long given = figures.answered().getOrDefault(question.id(), 0L);
            rows.add(new Chart.Row(number + question.text(), List.of(given, Math.max(0, total - given))));
            for (Question.Part part : question.parts()) {
                long partGiven = figures.answered().getOrDefault(part.fullId(), 0L);
                rows.add(new Chart.Row(number + part.title(), List.of(partGiven, Math.max(0, total - partGiven))));
            }
        }
        return new Chart("answered", texts.get("statistics.chart.answered"), texts.get("statistics.column.question"), List.of(
                new Chart.Series(texts.get("statistics.series.answered"), total),
                new Chart.Series(texts.get("statistics.series.unanswered"), total)), rows);
    }

    /** Per day over a month at most, per week (ISO, from Monday) up to a year, per month beyond. */
    private static Chart overTime(List<ResponseStatistics.Day> days, long total, Texts texts, Locale locale) {
        Map<LocalDate, Long> buckets = new LinkedHashMap<>();
        String header = texts.get("statistics.column.day");
        java.util.function.Function<LocalDate, String> label = date -> date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        if (!days.isEmpty()) {
            LocalDate first = days.get(0).date();
            LocalDate last = days.get(days.size() - 1).date();
            long span = ChronoUnit.DAYS.between(first, last);
            java.util.function.UnaryOperator<LocalDate> bucket;
            java.util.function.UnaryOperator<LocalDate> next;
            if (span < DAYS_SHOWN) {
                bucket = date -> date;
                next = date -> date.plusDays(1);
            } else if (span <= WEEKS_UP_TO_DAYS) {
                bucket = date -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                next = date -> date.plusWeeks(1);
                header = texts.get("statistics.column.week");
                label = date -> texts.get("statistics.week", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        Integer.toString(date.get(IsoFields.WEEK_BASED_YEAR)));
            } else {
                bucket = date -> date.withDayOfMonth(1);
                next = date -> date.plusMonths(1);
                header = texts.get("statistics.column.month");
                label = date -> YearMonth.from(date).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            }
            for (LocalDate date = bucket.apply(first); !date.isAfter(last); date = next.apply(date)) {
                buckets.put(date, 0L); // the days between, weeks or months without any response, as zeros
            }
            for (ResponseStatistics.Day day : days) {
                buckets.merge(bucket.apply(day.date()), day.count(), Long::sum);
            }
        }
        List<Chart.Row> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> entry : buckets.entrySet()) {
            rows.add(new Chart.Row(label.apply(entry.getKey()), List.of(entry.getValue())));
        }
        return single("over-time", texts.get("statistics.chart.over-time"), header, total, texts, rows);
    }

    /** The bundle's texts in one language. */
    record Texts(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
