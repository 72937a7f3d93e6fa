package no.innspill.intake.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import no.innspill.form.FormDefinition;
import no.innspill.platform.DateFormats;
import no.innspill.response.Channel;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.answerform.AnswerFormValidation;
import no.innspill.response.answerform.PageErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks the corrected form with the web form's rules ({@link AnswerFormValidation}), plus what
 * staff add: the channel and when the response was received, with errors in the same summary.
 */
@Component
record ReviewValidation(AnswerFormValidation answers, MessageSource messages) {

    /** A response may be dated a little ahead of the server's clock, not more. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    record Result(ResponseSubmission submission, Channel channel, Instant receivedAt, PageErrors errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    Result check(FormDefinition form, ReviewData data, Locale locale) {
        var checked = answers.checkAsReceived(form, data.answers(), locale);
        PageErrors errors = checked.errors();
        Channel channel = switch (data.channel() == null ? "" : data.channel()) {
            case "email" -> Channel.EMAIL;
            case "paper" -> Channel.PAPER;
            default -> {
                errors.add("channel-email", text("intake.review.error.channel", locale));
                yield null;
            }
        };
        Instant receivedAt = receivedAt(data, errors, locale);
        return new Result(errors.isEmpty() ? checked.submission() : null, channel, receivedAt, errors);
    }

    private Instant receivedAt(ReviewData data, PageErrors errors, Locale locale) {
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(data.receivedDate() == null ? "" : data.receivedDate().strip(), ReviewData.DATE);
        } catch (DateTimeParseException e) {
            errors.add("received-date", text("intake.review.error.date", locale));
        }
        try {
            time = LocalTime.parse(data.receivedTime() == null ? "" : data.receivedTime().strip());
        } catch (DateTimeParseException e) {
            errors.add("received-time", text("intake.review.error.time", locale));
        }
        if (date == null || time == null) {
            return null;
        }
        Instant instant = date.atTime(time).atZone(DateFormats.OSLO).toInstant();
        if (instant.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            errors.add("received-date", text("intake.review.error.future", locale));
            return null;
        }
        return instant;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
