package no.innspill.intake.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.platform.DateFormats;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.response.Channel;
import no.innspill.response.FormInputs;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.SubmissionReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the corrected form with the rules of the web form and the API (the response module's
 * {@link SubmissionReader} and the form's {@link AnswerValidator}), plus what staff add: the
 * channel and when the response was received. Each error is tied to the input it is about, in the
 * same id scheme as the web form, and worded with the web form's texts.
 */
@Component
class ReviewValidation {

    /** A response may be dated a little ahead of the server's clock, not more. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SubmissionReader reader;
    private final JsonMapper mapper;
    private final MessageSource messages;

    ReviewValidation(SubmissionReader reader, JsonMapper mapper, MessageSource messages) {
        this.reader = reader;
        this.mapper = mapper;
        this.messages = messages;
    }

    record PageError(String inputId, String message) {
    }

    record Result(ResponseSubmission submission, Channel channel, Instant receivedAt, Map<String, PageError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    Result check(FormDefinition form, ReviewData data, Locale locale) {
        Map<String, PageError> errors = new LinkedHashMap<>();
        ResponseSubmission submission = null;
        List<FieldError> fieldErrors = new ArrayList<>();
        try {
            submission = reader.readSubmission(mapper.writeValueAsBytes(data.toJson(form)));
        } catch (InvalidInputException e) {
            fieldErrors.addAll(e.errors());
        }
        fieldErrors.addAll(AnswerValidator.errors(form, data.answers(form)));
        for (FieldError error : fieldErrors) {
            String inputId = FormInputs.inputId(error.field(), form);
            errors.putIfAbsent(inputId, new PageError(inputId, message(error, locale)));
        }
        Channel channel = switch (data.channel() == null ? "" : data.channel()) {
            case "email" -> Channel.EMAIL;
            case "paper" -> Channel.PAPER;
            default -> {
                errors.put("channel-email", new PageError("channel-email", text("intake.review.error.channel", locale)));
                yield null;
            }
        };
        Instant receivedAt = receivedAt(data, errors, locale);
        if (!errors.isEmpty()) {
            return new Result(null, channel, receivedAt, errors);
        }
        return new Result(new ResponseSubmission(submission.respondent(), AnswerValidator.validate(form, submission.answers())),
                channel, receivedAt, errors);
    }

    private Instant receivedAt(ReviewData data, Map<String, PageError> errors, Locale locale) {
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(data.receivedDate() == null ? "" : data.receivedDate().strip(), ReviewData.DATE);
        } catch (DateTimeParseException e) {
            errors.put("received-date", new PageError("received-date", text("intake.review.error.date", locale)));
        }
        try {
            time = LocalTime.parse(data.receivedTime() == null ? "" : data.receivedTime().strip());
        } catch (DateTimeParseException e) {
            errors.put("received-time", new PageError("received-time", text("intake.review.error.time", locale)));
        }
        if (date == null || time == null) {
            return null;
        }
        Instant instant = date.atTime(time).atZone(DateFormats.OSLO).toInstant();
        if (instant.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            errors.put("received-date", new PageError("received-date", text("intake.review.error.future", locale)));
            return null;
        }
        return instant;
    }

    private String message(FieldError error, Locale locale) {
        return FormInputs.message(messages, error, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
