package no.innspill.intake.review;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.innspill.form.FormDefinition;
import no.innspill.intake.IntakeItem;
import no.innspill.platform.DateFormats;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.response.answerform.AnswerFormView.ChoiceInput;
import org.springframework.util.MultiValueMap;

/**
 * The review form as typed, kept also when invalid so the page can show it again: the form of
 * answers (the web form's field names) plus what staff add, {@code channel}, {@code receivedDate}
 * and {@code receivedTime}.
 */
record ReviewData(AnswerFormData answers, String channel, String receivedDate, String receivedTime) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Pre-filled from what the extraction read: the whole respondent block where the file had one (our
     * blank forms), an organisation when it said no kind, the mail's sender as e-mail only when the file
     * gave none; what it said about publication; received when it arrived.
     */
    static ReviewData fromItem(FormDefinition form, IntakeItem item) {
        var read = item.respondentDetails();
        Map<String, String> respondent = new HashMap<>();
        respondent.put("name", item.respondent());
        respondent.put("kind", read.kind() != null ? read.kind() : "organisation");
        respondent.put("organisationNumber", read.organisationNumber());
        respondent.put("contactName", read.contactName());
        respondent.put("contactPhone", read.contactPhone());
        if (read.email() != null) {
            respondent.put("email", read.email());
        } else if (item.mail() != null && item.mail().sender() != null) {
            respondent.put("email", emailOf(item.mail().sender()));
        }
        Map<String, String> publication = new HashMap<>();
        publication.put("name", item.publication().name());
        publication.put("online", item.publication().notOnline() ? "false" : null);
        publication.put("reason", item.publication().reason());
        ZonedDateTime arrived = item.arrivedAt().atZone(DateFormats.OSLO);
        return new ReviewData(AnswerFormData.prefilled(form, respondent, publication, item.answers()),
                item.mail() != null ? "email" : "paper", DATE.format(arrived), TIME.format(arrived));
    }

    static ReviewData fromParams(FormDefinition form, MultiValueMap<String, String> params) {
        return new ReviewData(AnswerFormData.fromParams(form, params), AnswerFormData.param(params, "channel"),
                AnswerFormData.param(params, "receivedDate"), AnswerFormData.param(params, "receivedTime"));
    }

    /** The channels a case worker registers a response from. */
    public List<ChoiceInput> channels() {
        return List.of("email", "paper").stream()
                .map(value -> new ChoiceInput("channel-" + value, "channel", value, null, value.equals(channel)))
                .toList();
    }

    /** The mailbox's sender header "Name <address>" gives the address. */
    private static String emailOf(String sender) {
        try {
            return new InternetAddress(sender).getAddress();
        } catch (AddressException e) {
            return null;
        }
    }
}
