package no.innspill.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case's journal as JSON, for staff: its entries page by page, and one entry with its documents and endringslogg. */
@RestController
@RequestMapping("/api/v1/consultations/{slug}/journal")
@Tag(name = "Journal")
record JournalApiController(Consultations consultations, Journal journal, JournalLinks links) {

    static final int DEFAULT_LIMIT = 100;

    /** One page: the entries, and the cursor of the next page ({@code null} on the last). */
    record Page(List<EntryView> entries, String nextCursor) {
    }

    record EntryView(int entryNumber, String documentNumber, String journalNumber, String type, String status, LocalDate journalDate,
                     LocalDate documentDate, OffsetDateTime receivedAt, OffsetDateTime sentAt, String title, String publicTitle,
                     ScreeningView screening, Integer responseSequence, Long consultationDocumentId, Integer supersededBy,
                     String createdBy, List<PartyView> parties, List<DocumentView> documents,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<ChangeView> changes) {
    }

    record ScreeningView(boolean senderName, boolean titleWords, String basis) {
    }

    record PartyView(int position, String type, String name, String organisationNumber, String email, boolean privatePerson) {
    }

    record DocumentView(int documentNumber, String role, String title, String source, Long sourceRef, String url) {
    }

    record ChangeView(String field, String oldValue, String newValue, OffsetDateTime changedAt, String changedBy) {
    }

    @GetMapping
    @Operation(summary = "The case's journal in entry-number order (staff): incoming responses and the consultation's outgoing documents;"
            + " page with cursor= (nextCursor of the page before) and limit= (1–" + Journal.MAX_PAGE + ", default " + DEFAULT_LIMIT + ")")
    Page list(@PathVariable String slug, @RequestParam(required = false) String cursor,
              @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        Consultation consultation = consultations.getBySlug(slug);
        if (limit < 1 || limit > Journal.MAX_PAGE) {
            throw new InvalidInputException("Bad page size", List.of(FieldError.of("limit", "must be between 1 and " + Journal.MAX_PAGE)
                    .withCode("limit-out-of-range", Journal.MAX_PAGE)));
        }
        int after = after(cursor);
        List<JournalEntry> page = journal.page(consultation, after, limit + 1);
        boolean more = page.size() > limit;
        List<JournalEntry> shown = more ? page.subList(0, limit) : page;
        return new Page(shown.stream().map(entry -> view(consultation, entry, null)).toList(),
                more ? String.valueOf(shown.get(shown.size() - 1).entryNumber()) : null);
    }

    @GetMapping("/{number}")
    @Operation(summary = "One journal entry by its number in the case (7 for 22/414-7), with its parties, documents and changes (staff)")
    EntryView get(@PathVariable String slug, @PathVariable int number) {
        Consultation consultation = consultations.getBySlug(slug);
        JournalEntry entry = journal.find(consultation, number)
                .orElseThrow(() -> new NotFoundException("There is no journal entry " + consultation.caseNumber() + "-" + number));
        return view(consultation, entry, journal.changes(entry));
    }

    /** The cursor is the last entry number of the page before; none for the first page. */
    private static int after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int after = Integer.parseInt(cursor.strip());
            if (after >= 0) {
                return after;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("Bad cursor", List.of(FieldError.of("cursor", "is not a cursor this API gave (nextCursor)")
                .withCode("cursor-invalid")));
    }

    private EntryView view(Consultation consultation, JournalEntry entry, List<JournalChange> changes) {
        return new EntryView(entry.entryNumber(), entry.documentNumber(), entry.journalNumber(), entry.type().noark(), entry.status().noark(),
                entry.journalDate(), entry.documentDate(), oslo(entry.receivedAt()), oslo(entry.sentAt()), entry.title(), entry.publicTitle(),
                new ScreeningView(entry.screening().senderName(), entry.screening().titleWords(), entry.screening().basis()),
                entry.responseSequence(), entry.consultationDocumentId(), entry.supersededBy(), entry.createdBy(),
                entry.parties().stream().map(p -> new PartyView(p.position(), p.type().noark(), p.name(), p.organisationNumber(), p.email(),
                        p.privatePerson())).toList(),
                links.of(consultation, entry, true).stream().map(linked -> new DocumentView(linked.document().documentNumber(),
                        linked.document().role().noark(), linked.document().title(), linked.document().source().dbValue(),
                        linked.document().sourceRef(), linked.href())).toList(),
                changes == null ? null : changes.stream().map(c -> new ChangeView(c.field(), c.oldValue(), c.newValue(), oslo(c.changedAt()),
                        c.changedBy())).toList());
    }

    private static OffsetDateTime oslo(Instant instant) {
        return instant == null ? null : instant.atZone(DateFormats.OSLO).toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
    }
}
