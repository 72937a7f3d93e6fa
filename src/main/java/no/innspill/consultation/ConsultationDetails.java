package no.innspill.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.PhoneNumbers;

/**
 * A consultation's details as a case worker writes them, on the details page or through the API:
 * every field as text, so that one check names what is wrong with each. Blank optional fields
 * mean "none".
 *
 * @param publicationDate {@code 2027-03-01}, or blank
 * @param deadline        {@code 2027-03-31T23:59} in Europe/Oslo; {@code null} leaves it as it is
 * @param privateNames    {@code choice}, {@code publish} or {@code withhold} ({@link PrivateNames}); blank: {@code choice}
 */
public record ConsultationDetails(
        String caseNumber,
        String title,
        String owner,
        String contactName,
        String contactEmail,
        String contactPhone,
        String responseEmail,
        String emailInstructions,
        String publicationDate,
        String deadline,
        String titleNn,
        String introNn,
        String titleEn,
        String introEn,
        String privateNames) {

    /** Details that leave private persons to choose about their name. */
    public ConsultationDetails(String caseNumber, String title, String owner, String contactName, String contactEmail,
                               String contactPhone, String responseEmail, String emailInstructions, String publicationDate,
                               String deadline, String titleNn, String introNn, String titleEn, String introEn) {
        this(caseNumber, title, owner, contactName, contactEmail, contactPhone, responseEmail, emailInstructions,
                publicationDate, deadline, titleNn, introNn, titleEn, introEn, null);
    }

    public static final int MAX_TITLE = 300;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_INSTRUCTIONS = 2000;
    public static final int MAX_INTRO = 20_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The details once read: text stripped, blanks {@code null}, dates read. */
    public record Checked(CaseNumber caseNumber, String title, String owner, Contact contact, String responseEmail,
                          String emailInstructions, LocalDate publicationDate, Instant deadline, Translation nynorsk,
                          Translation english, PrivateNames privateNames) {
    }

    /** The details of a consultation as they are, for the page to show and the API to return. */
    public static ConsultationDetails of(Consultation c) {
        return new ConsultationDetails(c.caseNumber(), c.title(), c.owner(), c.contact().name(), c.contact().email(),
                c.contact().phone(), c.responseEmail(), c.emailInstructions(),
                c.publicationDate() == null ? null : c.publicationDate().toString(),
                c.deadline().atZone(DateFormats.OSLO).toLocalDateTime().withSecond(0).toString(),
                c.nynorsk().title(), c.nynorsk().intro(), c.english().title(), c.english().intro(), c.privateNames().dbValue());
    }

    /**
     * Reads the details, adding to {@code errors} (field: the record component's name; code, with the limit as
     * argument where there is one) what is wrong in any field by itself.
     *
     * @return the details read, when no field has an error
     */
    Optional<Checked> check(List<FieldError> errors) {
        int before = errors.size();
        CaseNumber number = caseNumber(errors);
        String checkedTitle = line("title", title, true, MAX_TITLE, errors);
        String checkedOwner = line("owner", owner, true, MAX_NAME, errors);
        Contact contact = new Contact(line("contactName", contactName, false, MAX_NAME, errors),
                email("contactEmail", contactEmail, false, errors), phone(errors));
        String checkedResponseEmail = email("responseEmail", responseEmail, true, errors);
        String instructions = text("emailInstructions", emailInstructions, MAX_INSTRUCTIONS, errors);
        LocalDate published = date(errors);
        Instant checkedDeadline = deadline(errors);
        Translation nynorsk = new Translation(line("titleNn", titleNn, false, MAX_TITLE, errors),
                text("introNn", introNn, MAX_INTRO, errors));
        Translation english = new Translation(line("titleEn", titleEn, false, MAX_TITLE, errors),
                text("introEn", introEn, MAX_INTRO, errors));
        PrivateNames names = stripped(privateNames) == null ? PrivateNames.CHOICE
                : PrivateNames.fromDb(privateNames.strip()).orElse(null);
        if (names == null) {
            errors.add(error("privateNames", "is not one of choice, publish, withhold", "invalid"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Checked(number, checkedTitle, checkedOwner, contact, checkedResponseEmail, instructions,
                published, checkedDeadline, nynorsk, english, names));
    }

    private CaseNumber caseNumber(List<FieldError> errors) {
        String value = stripped(caseNumber);
        if (value == null) {
            errors.add(error("caseNumber", "is missing", "missing"));
            return null;
        }
        Optional<CaseNumber> parsed = CaseNumber.parse(value);
        if (parsed.isEmpty()) {
            if (CaseNumber.hasYearOutOfRange(value)) {
                errors.add(error("caseNumber", "has a year outside " + CaseNumber.FIRST_YEAR + "–" + CaseNumber.LAST_YEAR,
                        "case-year-out-of-range"));
            } else {
                errors.add(error("caseNumber", "is not a case number such as 22/414 or 2022/414", "not-a-case-number"));
            }
            return null;
        }
        return parsed.get();
    }

    private String phone(List<FieldError> errors) {
        String value = line("contactPhone", contactPhone, false, 30, errors);
        if (value == null) {
            return null;
        }
        if (!PhoneNumbers.isValid(value)) {
            errors.add(error("contactPhone", "is not a phone number such as 22 24 20 00 or +47 22242000", "not-a-phone"));
            return null;
        }
        return value;
    }

    private LocalDate date(List<FieldError> errors) {
        String value = stripped(publicationDate);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(error("publicationDate", "is not a date such as 2027-03-01", "not-a-date"));
            return null;
        }
    }

    private Instant deadline(List<FieldError> errors) {
        if (deadline == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(deadline.strip()).atZone(DateFormats.OSLO).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(error("deadline", "is not a date and time such as 2027-03-31T23:59", "not-a-date"));
            return null;
        }
    }

    private static String email(String field, String value, boolean required, List<FieldError> errors) {
        String address = line(field, value, required, MAX_EMAIL, errors);
        if (address != null && !EMAIL.matcher(address).matches()) {
            errors.add(error(field, "is not an e-mail address", "not-an-email"));
            return null;
        }
        return address;
    }

    /** One line of text: no line breaks or other control characters. */
    private static String line(String field, String value, boolean required, int max, List<FieldError> errors) {
        String text = stripped(value);
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            errors.add(error(field, "holds line breaks or control characters", "control-characters"));
            return null;
        }
        return limited(field, text, required, max, errors);
    }

    /** Text of several lines (paragraphs, bullets): line breaks and tabs, no other control characters. */
    private static String text(String field, String value, int max, List<FieldError> errors) {
        String text = stripped(value);
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(error(field, "holds control characters", "control-characters"));
            return null;
        }
        return limited(field, text == null ? null : text.replace("\r\n", "\n"), false, max, errors);
    }

    private static String limited(String field, String text, boolean required, int max, List<FieldError> errors) {
        if (text == null) {
            if (required) {
                errors.add(error(field, "is missing", "missing"));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(FieldError.of(field, "is longer than " + max + " characters").withCode("too-long", max));
            return null;
        }
        return text;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static FieldError error(String field, String message, String code) {
        return FieldError.of(field, message).withCode(code);
    }
}
