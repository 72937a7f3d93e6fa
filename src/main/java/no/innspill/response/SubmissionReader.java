package no.innspill.response;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.innspill.form.Answer;
import no.innspill.form.PlainText;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.MalformedInputException;
import no.innspill.platform.PhoneNumbers;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a submission in the PRODUCT.md JSON shape from a request body, checking its structure and
 * the respondent; the answers are checked against the form afterwards. Reading the tree ourselves
 * (rather than binding) lets every error name the exact field, and rejects unknown fields.
 */
@Component
public class SubmissionReader {

    static final int MAX_NAME_LENGTH = 300;
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_ANSWER_IDS = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> TOP_LEVEL = Set.of("respondent", "answers", "channel", "receivedAt", "noComments",
            "publication", "revises");
    /** A document number as a case has them: 22/414-3 (year/case-sequence). */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]{2,4}/[0-9]{1,9}-[0-9]{1,9}");
    private static final Set<String> RESPONDENT = Set.of("name", "kind", "organisationNumber", "email", "contactPerson");
    private static final Set<String> CONTACT_PERSON = Set.of("name", "phone");
    private static final Set<String> PUBLICATION = Set.of("name", "online", "reason");
    static final int MAX_PHONE_LENGTH = 30;

    private static final Set<String> ANSWER = Set.of("choice", "choices", "text");
    private static final int MAX_CHOICES = 100;

    private final ObjectReader reader;

    SubmissionReader(JsonMapper mapper) {
        this.reader = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * A submission, what staff may add when they register one (the channel and received time),
     * and the errors found so far; the submission holds whatever could be read.
     */
    public record Read(ResponseSubmission submission, Channel channel, Instant receivedAt, List<FieldError> errors, String revises) {

        public Read(ResponseSubmission submission, Channel channel, Instant receivedAt, List<FieldError> errors) {
            this(submission, channel, receivedAt, errors, null);
        }
    }

    /**
     * Reads a response in the PRODUCT.md JSON shape (respondent and answers only).
     *
     * @throws MalformedInputException when it is not JSON
     * @throws InvalidInputException   naming each field that breaks the rules
     */
    public ResponseSubmission readSubmission(byte[] json) {
        Read read = read(json);
        if (!read.errors().isEmpty()) {
            throw new InvalidInputException("The response is not valid", read.errors());
        }
        if (read.channel() != null || read.receivedAt() != null) {
            throw new InvalidInputException("Unexpected fields", List.of(FieldError.of("channel",
                    "channel and receivedAt are set by whoever registers the response")));
        }
        return read.submission();
    }

    /** Reads what it can; throws only when the body is not a JSON object at all. */
    Read read(byte[] body) {
        return read(parse(body));
    }

    /** Reads a submission already parsed (from a form of answers turned into the JSON shape). */
    public Read read(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw new MalformedInputException("The body must be a JSON object with \"respondent\" and \"answers\"");
        }
        unknownFields(root, "", TOP_LEVEL, errors);
        String revises = revises(root.get("revises"), errors);
        // a revision carries over the respondent of what it revises unless it names one
        Respondent respondent = revises != null && root.get("respondent") == null ? null : respondent(root.get("respondent"), errors);
        boolean noComments = noComments(root.get("noComments"), errors);
        Publication.Asked publication = publication(root.get("publication"), respondent == null ? null : respondent.kind(), errors);
        Map<String, Answer> answers = noComments && root.get("answers") == null ? new LinkedHashMap<>() : answers(root.get("answers"), errors);
        Channel channel = channel(root.get("channel"), errors);
        Instant receivedAt = receivedAt(root.get("receivedAt"), errors);
        return new Read(new ResponseSubmission(respondent, answers, noComments, publication), channel, receivedAt, errors, revises);
    }

    /** The document number of the response a revision replaces ("22/414-3"); whether it is one of the case is checked later. */
    private static String revises(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || !DOCUMENT_NUMBER.matcher(node.stringValue()).matches()) {
            errors.add(FieldError.of("revises", "must be the document number of the response it revises, such as 22/414-3")
                    .withCode("revises-invalid"));
            return null;
        }
        return node.stringValue();
    }

    private static boolean noComments(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(FieldError.of("noComments", "must be true or false"));
            return false;
        }
        return node.booleanValue();
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedInputException("The body is empty; send a JSON object with \"respondent\" and \"answers\"");
        }
        try {
            JsonNode node = reader.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new MalformedInputException("The body is empty; send a JSON object with \"respondent\" and \"answers\"");
            }
            return node;
        } catch (JacksonException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new MalformedInputException("The body is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    private Respondent respondent(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(FieldError.of("respondent", "is missing; give at least the respondent's name and kind"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(FieldError.of("respondent", "must be an object with name, kind, organisationNumber and email"));
            return null;
        }
        unknownFields(node, "respondent.", RESPONDENT, errors);
        String name = string(node, "name", "respondent.name", errors);
        if (name == null || name.isBlank()) {
            if (errors.stream().noneMatch(e -> e.field().equals("respondent.name"))) {
                errors.add(FieldError.of("respondent.name", "is missing; say who answers").withCode("required"));
            }
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            errors.add(FieldError.of("respondent.name", "is longer than " + MAX_NAME_LENGTH + " characters")
                    .withCode("too-long", name.strip().length(), MAX_NAME_LENGTH));
        } else if (!PlainText.isStorable(name, false)) {
            errors.add(FieldError.of("respondent.name", "contains control characters").withCode("control-characters"));
        }
        String kindName = string(node, "kind", "respondent.kind", errors);
        RespondentKind kind = null;
        if (kindName == null) {
            if (errors.stream().noneMatch(e -> e.field().equals("respondent.kind"))) {
                errors.add(FieldError.of("respondent.kind", "is missing; use organisation or person").withCode("required-kind"));
            }
        } else {
            kind = RespondentKind.fromJson(kindName).orElse(null);
            if (kind == null) {
                errors.add(FieldError.of("respondent.kind", "\"" + shorten(kindName) + "\" is not a kind; use organisation or person")
                        .withCode("required-kind"));
            }
        }
        String organisationNumber = OrganisationNumber.normalise(string(node, "organisationNumber", "respondent.organisationNumber", errors));
        if (organisationNumber != null && !organisationNumber.isEmpty() && !OrganisationNumber.isValid(organisationNumber)) {
            errors.add(FieldError.of("respondent.organisationNumber", "\"" + shorten(organisationNumber)
                    + "\" is not a valid organisation number: nine digits with a correct check digit")
                    .withCode("invalid-organisation-number"));
        }
        String email = string(node, "email", "respondent.email", errors);
        if (email != null && !email.isBlank()) {
            email = email.strip();
            if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
                errors.add(FieldError.of("respondent.email", "\"" + shorten(email) + "\" is not an e-mail address").withCode("invalid-email"));
            }
        }
        ContactPerson contactPerson = contactPerson(node.get("contactPerson"), kind, errors);
        return new Respondent(name == null ? null : name.strip(), kind,
                organisationNumber == null || organisationNumber.isEmpty() ? null : organisationNumber,
                email == null || email.isBlank() ? null : email, contactPerson);
    }

    /** An organisation's contact person: name and phone, both optional; {@code null} when neither is given. */
    private static ContactPerson contactPerson(JsonNode node, RespondentKind kind, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(FieldError.of("respondent.contactPerson", "must be an object with name and phone, or null"));
            return null;
        }
        unknownFields(node, "respondent.contactPerson.", CONTACT_PERSON, errors);
        String name = stripped(string(node, "name", "respondent.contactPerson.name", errors));
        if (name != null && name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            errors.add(FieldError.of("respondent.contactPerson.name", "is longer than " + MAX_NAME_LENGTH + " characters")
                    .withCode("too-long", name.codePointCount(0, name.length()), MAX_NAME_LENGTH));
        } else if (name != null && !PlainText.isStorable(name, false)) {
            errors.add(FieldError.of("respondent.contactPerson.name", "contains control characters").withCode("control-characters"));
        }
        String phone = stripped(string(node, "phone", "respondent.contactPerson.phone", errors));
        if (phone != null) {
            if (phone.length() > MAX_PHONE_LENGTH || !PhoneNumbers.isValid(phone)) {
                errors.add(FieldError.of("respondent.contactPerson.phone", "\"" + shorten(phone)
                        + "\" is not a phone number such as 22 24 20 00 or +47 912 34 567").withCode("invalid-phone"));
            }
        }
        if (name == null && phone == null) {
            return null;
        }
        if (kind == RespondentKind.PERSON) {
            errors.add(FieldError.of("respondent.contactPerson", "is for organisations; a private person answers for themselves")
                    .withCode("contact-person-for-person"));
        }
        return new ContactPerson(name, phone);
    }

    /**
     * What the respondent says about publication: {@code {"name": "publish"|"withhold", "online": true|false,
     * "reason": "…"}}, each optional; a reason exactly when {@code online} is false.
     */
    private static Publication.Asked publication(JsonNode node, RespondentKind kind, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(FieldError.of("publication", "must be an object such as {\"name\": \"publish\", \"online\": true, \"reason\": null}"));
            return null;
        }
        unknownFields(node, "publication.", PUBLICATION, errors);
        String name = string(node, "name", "publication.name", errors);
        if (name != null && !name.equals("publish") && !name.equals("withhold")) {
            errors.add(FieldError.of("publication.name", "\"" + shorten(name) + "\" is not a choice; use publish or withhold")
                    .withCode("invalid-name-choice"));
            name = null;
        } else if ("withhold".equals(name) && kind == RespondentKind.ORGANISATION) {
            errors.add(FieldError.of("publication.name", "withhold is for private persons; an organisation's name is always published")
                    .withCode("withhold-organisation"));
        }
        boolean online = true;
        JsonNode onlineNode = node.get("online");
        if (onlineNode != null && !onlineNode.isNull()) {
            if (onlineNode.isBoolean()) {
                online = onlineNode.booleanValue();
            } else {
                errors.add(FieldError.of("publication.online", "must be true or false"));
            }
        }
        String reason = stripped(string(node, "reason", "publication.reason", errors));
        if (reason != null) {
            reason = reason.replace("\r\n", "\n");
            int length = reason.codePointCount(0, reason.length());
            if (length > Publication.MAX_REASON_LENGTH) {
                errors.add(FieldError.of("publication.reason", "is longer than " + Publication.MAX_REASON_LENGTH + " characters")
                        .withCode("too-long", length, Publication.MAX_REASON_LENGTH));
            } else if (!PlainText.isStorable(reason, true)) {
                errors.add(FieldError.of("publication.reason", "contains control characters").withCode("control-characters"));
            } else if (online) {
                errors.add(FieldError.of("publication.reason", "is only for a response not to be published online (\"online\": false)")
                        .withCode("reason-without-request"));
            }
        } else if (!online) {
            errors.add(FieldError.of("publication.reason", "is missing; say why the response should not be published online")
                    .withCode("reason-required"));
        }
        return new Publication.Asked(name, online, reason);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Map<String, Answer> answers(JsonNode node, List<FieldError> errors) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            errors.add(FieldError.of("answers", "is missing; give the answers by question id"));
            return answers;
        }
        if (!node.isObject()) {
            errors.add(FieldError.of("answers", "must be an object of answers by question id, such as {\"q1\": {\"choice\": \"yes\"}}"));
            return answers;
        }
        if (node.size() > MAX_ANSWER_IDS) {
            errors.add(FieldError.of("answers", "has " + node.size() + " entries; no form has that many questions"));
            return answers;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String id = entry.getKey();
            String path = "answers." + shorten(id);
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                answers.put(id, Answer.EMPTY);
                continue;
            }
            if (!value.isObject()) {
                errors.add(FieldError.of(path, "must be an object such as {\"choice\": \"yes\", \"text\": \"…\"}"));
                continue;
            }
            unknownFields(value, path + ".", ANSWER, errors);
            answers.put(id, new Answer(string(value, "choice", path + ".choice", errors), string(value, "text", path + ".text", errors),
                    strings(value, "choices", path + ".choices", errors)));
        }
        return answers;
    }

    private Channel channel(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        Channel channel = node.isString() ? Channel.fromJson(node.stringValue()).orElse(null) : null;
        if (channel == null) {
            errors.add(FieldError.of("channel", "must be one of web, api, email, paper"));
        }
        return channel;
    }

    private Instant receivedAt(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            if (node.isString()) {
                return OffsetDateTime.parse(node.stringValue()).toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(FieldError.of("receivedAt", "must be a date-time with offset, such as 2022-09-30T14:05:00+02:00"));
        return null;
    }

    private static String string(JsonNode parent, String field, String path, List<FieldError> errors) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            errors.add(FieldError.of(path, "must be a string or null"));
            return null;
        }
        return node.stringValue();
    }

    /** A list of strings, such as a multiple choice's option ids; empty when missing or null. */
    private static List<String> strings(JsonNode parent, String field, String path, List<FieldError> errors) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_CHOICES) {
            errors.add(FieldError.of(path, "must be a list of option ids, such as [\"traffic\", \"green\"]").withCode("invalid-choices"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                errors.add(FieldError.of(path, "must be a list of option ids (strings), such as [\"traffic\", \"green\"]")
                        .withCode("invalid-choices"));
                return List.of();
            }
            values.add(item.stringValue());
        }
        return values;
    }

    private static void unknownFields(JsonNode node, String prefix, Set<String> known, List<FieldError> errors) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                errors.add(FieldError.of(prefix + shorten(name), "is not a known field; expected "
                        + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
