package no.innspill.archive;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;

/**
 * Checks what staff typed for a journal entry ({@link JournalChanges}) and writes what differs, each change to the
 * endringslogg under the Noark element's name. Nothing is written when anything is wrong.
 */
final class JournalFieldChanges {

    /** The longest title, in characters. */
    static final int MAX_TITLE = 1000;
    static final int MAX_BASIS = 200;
    static final int MAX_NAME = 300;

    static final String SENDER_NAME = "Skjerming navn avsender";
    static final String TITLE_WORDS = "Skjerming tittel registrering - utvalgte ord";

    private JournalFieldChanges() {
    }

    /** What is wrong with the changes, by field ({@code title}, {@code publicTitle}, {@code screeningBasis}, {@code party-1}, …). */
    static List<FieldError> check(JournalEntry entry, JournalChanges changes, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        text("title", changes.title(), MAX_TITLE, errors);
        String publicTitle = text("publicTitle", changes.publicTitle(), MAX_TITLE, errors);
        if (publicTitle != null && changes.screenTitleWords() && !publicTitle.contains(Screening.MASK)) {
            errors.add(FieldError.of("publicTitle", "must show the screened words as " + Screening.MASK).withCode("public-title-unmasked"));
        }
        boolean screened = changes.screenSenderName() || changes.screenTitleWords();
        String basis = strip(changes.screeningBasis());
        if (screened && basis.isEmpty()) {
            errors.add(FieldError.of("screeningBasis", "is missing; screening needs its legal basis").withCode("basis-missing"));
        } else if (screened && basis.length() > MAX_BASIS) {
            errors.add(FieldError.of("screeningBasis", "is longer than " + MAX_BASIS + " characters").withCode("basis-too-long", MAX_BASIS));
        }
        for (Map.Entry<Integer, String> name : changes.partyNames().entrySet()) {
            String field = "party-" + name.getKey();
            if (entry.parties().stream().noneMatch(party -> party.position() == name.getKey())) {
                errors.add(FieldError.of(field, "there is no such party").withCode("party-unknown"));
            } else {
                text(field, name.getValue(), MAX_NAME, errors);
            }
        }
        date("documentDate", changes.documentDate(), false, today, errors);
        if (entry.type() == JournalEntryType.INCOMING) {
            date("receivedDate", changes.receivedDate(), true, today, errors);
        } else if (!strip(changes.receivedDate()).isEmpty()) {
            errors.add(FieldError.of("receivedDate", "an outgoing document has no received date").withCode("received-outgoing"));
        }
        return errors;
    }

    /** Writes the fields that differ, logged, in the caller's transaction; the changes were checked. */
    static void apply(JournalRepository repository, JournalEntry entry, JournalChanges changes, String who) {
        String title = strip(changes.title());
        if (!title.equals(entry.title())) {
            repository.change(entry, "title", title, "tittel", entry.title(), title, who);
        }
        String publicTitle = strip(changes.publicTitle());
        if (!publicTitle.equals(entry.publicTitle())) {
            repository.change(entry, "public_title", publicTitle, "offentligTittel", entry.publicTitle(), publicTitle, who);
        }
        boolean screened = changes.screenSenderName() || changes.screenTitleWords();
        Screening screening = new Screening(changes.screenSenderName(), changes.screenTitleWords(),
                screened ? strip(changes.screeningBasis()) : null);
        if (!screening.equals(entry.screening())) {
            repository.changeScreening(entry, screening);
            logIfChanged(repository, entry, "skjermingMetadata", metadata(entry.screening()), metadata(screening), who);
            logIfChanged(repository, entry, "skjermingshjemmel", entry.screening().basis(), screening.basis(), who);
        }
        for (JournalParty party : entry.parties()) {
            String name = changes.partyName(party.position());
            if (name != null && !strip(name).equals(party.name())) {
                repository.changePartyName(entry, party.position(), party.name(), strip(name), "korrespondansepartNavn", who);
            }
        }
        LocalDate documentDate = parse(changes.documentDate());
        if (!Objects.equals(documentDate, entry.documentDate())) {
            repository.change(entry, "document_date", documentDate, "dokumentetsDato", string(entry.documentDate()), string(documentDate), who);
        }
        LocalDate receivedDate = parse(changes.receivedDate());
        if (entry.type() == JournalEntryType.INCOMING && receivedDate != null && entry.receivedAt() != null) {
            ZonedDateTime before = entry.receivedAt().atZone(DateFormats.OSLO);
            if (!receivedDate.equals(before.toLocalDate())) {
                ZonedDateTime after = receivedDate.atTime(before.toLocalTime()).atZone(DateFormats.OSLO);
                repository.change(entry, "received_at", java.sql.Timestamp.from(after.toInstant()), "mottattDato",
                        before.toOffsetDateTime().toString(), after.toOffsetDateTime().toString(), who);
            }
        }
    }

    static InvalidInputException invalid(List<FieldError> errors) {
        return new InvalidInputException("Journal entry not changed", errors);
    }

    private static void logIfChanged(JournalRepository repository, JournalEntry entry, String field, String before, String after,
                                     String who) {
        if (!Objects.equals(before, after)) {
            repository.logChange(entry.id(), field, before, after, who);
        }
    }

    /** Noark's skjermingMetadata values, comma-separated; {@code null} when nothing is screened. */
    static String metadata(Screening screening) {
        List<String> values = new ArrayList<>();
        if (screening.senderName()) {
            values.add(SENDER_NAME);
        }
        if (screening.titleWords()) {
            values.add(TITLE_WORDS);
        }
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        String clean = strip(value);
        if (clean.isEmpty()) {
            errors.add(FieldError.of(field, "is missing").withCode("missing"));
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > max || clean.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of(field, "is longer than " + max + " characters or has control characters").withCode("too-long", max));
            return null;
        }
        return clean;
    }

    private static void date(String field, String value, boolean required, LocalDate today, List<FieldError> errors) {
        String clean = strip(value);
        if (clean.isEmpty()) {
            if (required) {
                errors.add(FieldError.of(field, "is missing").withCode("date-missing"));
            }
            return;
        }
        try {
            if (LocalDate.parse(clean).isAfter(today)) {
                errors.add(FieldError.of(field, "is in the future").withCode("date-future"));
            }
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "is not a date (yyyy-mm-dd)").withCode("date-invalid"));
        }
    }

    private static LocalDate parse(String value) {
        String clean = strip(value);
        return clean.isEmpty() ? null : LocalDate.parse(clean);
    }

    private static String string(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
