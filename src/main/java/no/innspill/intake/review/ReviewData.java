package no.innspill.intake.review;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import no.innspill.platform.DateFormats;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinition.AnswerTarget;
import no.innspill.intake.IntakeItem;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The correction form as typed, kept also when invalid so the page can show it again. The field
 * names are those of the web response form ({@code respondent.name}, {@code q1.choice},
 * {@code q2.goal1.text}) plus {@code channel}, {@code receivedDate} and {@code receivedTime}.
 */
final class ReviewData {

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MAX_FIELD_CHARS = 200_000;
    private static final String[] RESPONDENT_FIELDS = {"name", "kind", "organisationNumber", "email"};

    private final Map<String, String> respondent = new HashMap<>();
    private final Map<String, String> choices = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private String channel;
    private String receivedDate;
    private String receivedTime;

    /** Pre-filled from what the extraction read, an organisation by default, received when it arrived. */
    static ReviewData fromItem(FormDefinition form, IntakeItem item) {
        ReviewData data = new ReviewData();
        data.respondent.put("name", item.respondent());
        data.respondent.put("kind", "organisation");
        if (item.mail() != null && item.mail().sender() != null) {
            data.respondent.put("email", emailOf(item.mail().sender()));
        }
        for (String id : form.answerIds()) {
            Answer answer = item.answers().getOrDefault(id, Answer.EMPTY);
            data.choices.put(id, answer.choice());
            data.texts.put(id, answer.text());
        }
        data.channel = item.mail() != null ? "email" : "paper";
        ZonedDateTime arrived = item.arrivedAt().atZone(DateFormats.OSLO);
        data.receivedDate = DATE.format(arrived);
        data.receivedTime = TIME.format(arrived);
        return data;
    }

    static ReviewData fromParams(FormDefinition form, MultiValueMap<String, String> params) {
        ReviewData data = new ReviewData();
        for (String field : RESPONDENT_FIELDS) {
            data.respondent.put(field, clip(params.getFirst("respondent." + field)));
        }
        for (String id : form.answerIds()) {
            AnswerTarget target = form.target(id).orElseThrow();
            if (target.takesChoice()) {
                data.choices.put(id, clip(params.getFirst(id + ".choice")));
            }
            if (target.textLimit() > 0) {
                data.texts.put(id, clip(params.getFirst(id + ".text")));
            }
        }
        data.channel = clip(params.getFirst("channel"));
        data.receivedDate = clip(params.getFirst("receivedDate"));
        data.receivedTime = clip(params.getFirst("receivedTime"));
        return data;
    }

    /** Respondent and answers in the PRODUCT.md shape; blank fields become {@code null}. */
    ObjectNode toJson(FormDefinition form) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode respondentNode = root.putObject("respondent");
        for (String field : RESPONDENT_FIELDS) {
            respondentNode.put(field, blankToNull(respondent.get(field)));
        }
        ObjectNode answers = root.putObject("answers");
        for (String id : form.answerIds()) {
            ObjectNode answer = answers.putObject(id);
            if (form.target(id).orElseThrow().takesChoice()) {
                answer.put("choice", blankToNull(choices.get(id)));
            }
            answer.put("text", blankToNull(texts.get(id)));
        }
        return root;
    }

    Map<String, Answer> answers(FormDefinition form) {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        for (String id : form.answerIds()) {
            answers.put(id, new Answer(blankToNull(choices.get(id)), blankToNull(texts.get(id))));
        }
        return answers;
    }

    public String respondent(String field) {
        return respondent.get(field);
    }

    public String choice(String id) {
        return choices.get(id);
    }

    public String text(String id) {
        return texts.get(id);
    }

    public String channel() {
        return channel;
    }

    public String receivedDate() {
        return receivedDate;
    }

    public String receivedTime() {
        return receivedTime;
    }

    /** The mailbox's sender header "Name <address>" gives the address. */
    private static String emailOf(String sender) {
        try {
            return new jakarta.mail.internet.InternetAddress(sender).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            return null;
        }
    }

    private static String clip(String value) {
        return value != null && value.length() > MAX_FIELD_CHARS ? value.substring(0, MAX_FIELD_CHARS) : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
