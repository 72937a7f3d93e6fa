package no.innspill.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The public journal as JSON, for anyone: the same search as the page {@code /journal}, with a cursor to page on. */
@RestController
@Tag(name = "Journal")
record PublicJournalApiController(PublicJournal journal) {

    static final String PATH = "/api/v1/journal";

    /**
     * A page of the journal.
     *
     * @param next     the same search's next (older) page; {@code null} on the last
     * @param previous the same search's previous (newer) page; {@code null} on the first
     */
    record JournalPage(long total, List<Entry> entries, String next, String previous) {
    }

    /** One journal entry, with screened values as {@value Screening#MASK}. */
    record Entry(@JsonProperty("case") String caseNumber, String caseTitle, String documentNumber,
                 @Schema(description = "ISO date, Europe/Oslo") String journalDate,
                 @Schema(allowableValues = {"incoming", "outgoing"}) String type, String publicTitle, Party party) {
    }

    /** The sender of an incoming entry or the first recipient of an outgoing one. */
    record Party(@Schema(description = "The name, or ****** when it is screened") String name,
                 @Schema(allowableValues = {"sender", "recipient", "copy-recipient"}) String role,
                 @Schema(description = "How many more recipients an outgoing entry has") int others) {
    }

    @GetMapping(path = PATH, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "The public journal (offentlig journal): the journal entries of every open or closed consultation, newest first",
            description = "Ordered by journal date, then the journal's running number, newest first, and paged by an opaque cursor:"
                    + " follow `next` (or `previous`) as it is. Screened values (a private person's name they asked to withhold,"
                    + " words of a title) are `******`; the real value is never sent. `name` finds a sender or recipient whose name"
                    + " contains it, in any case; it never finds a screened name, nor a private person's name on an entry journalled"
                    + " more than a year ago (offentlegforskrifta § 6) — such entries are still listed without `name`.")
    @ApiResponse(responseCode = "200", description = "A page of the journal")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be read; \"errors\" names each (field, message)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> list(
            @Parameter(description = "The first journal date, ISO (2026-03-01)") @RequestParam(required = false) String from,
            @Parameter(description = "The last journal date, ISO (2026-03-31)") @RequestParam(required = false) String to,
            @Parameter(description = "One case: 22/414 or 22-414") @RequestParam(name = "case", required = false) String caseNumber,
            @Parameter(description = "Part of a sender's or recipient's name, at most " + PublicJournalQuery.MAX_NAME + " characters")
            @RequestParam(required = false) String name,
            @Parameter(description = "Entries per page, 1–" + PublicJournalQuery.MAX_LIMIT + " (default " + PublicJournalQuery.DEFAULT_LIMIT + ")")
            @RequestParam(required = false) String limit,
            @Parameter(description = "Where the page starts: from `next` or `previous` of another page") @RequestParam(required = false) String cursor,
            Locale locale) {
        PublicJournalQuery.Parsed parsed = PublicJournalQuery.parse(from, to, caseNumber, name, cursor, limit);
        if (!parsed.valid()) {
            return invalid(parsed.problems());
        }
        PublicJournalQuery query = parsed.query();
        PublicJournal.Page page = journal.find(query, locale);
        List<Entry> entries = page.entries().stream().map(PublicJournalApiController::entry).toList();
        return ResponseEntity.ok(new JournalPage(page.total(), entries, link(query, page.next()), link(query, page.previous())));
    }

    private static Entry entry(PublicJournalEntry e) {
        Party party = e.partyRole() == null ? null : new Party(e.partyName(), role(e.partyRole()), e.otherParties());
        return new Entry(e.caseNumber(), e.caseTitle(), e.documentNumber(), e.journalDate().toString(), e.type().dbValue(),
                e.publicTitle(), party);
    }

    private static String role(JournalParty.Type type) {
        return switch (type) {
            case SENDER -> "sender";
            case RECIPIENT -> "recipient";
            case COPY_RECIPIENT -> "copy-recipient";
        };
    }

    private static String link(PublicJournalQuery query, PublicJournalQuery.Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (query.from() != null) {
            uri.queryParam("from", query.from());
        }
        if (query.to() != null) {
            uri.queryParam("to", query.to());
        }
        if (query.caseNumber() != null) {
            uri.queryParam("case", query.caseNumber().slug());
        }
        if (query.name() != null) {
            uri.queryParam("name", query.name());
        }
        if (query.limit() != PublicJournalQuery.DEFAULT_LIMIT) {
            uri.queryParam("limit", query.limit());
        }
        return uri.queryParam("cursor", cursor.encode()).encode().build().toUriString();
    }

    private static ResponseEntity<ProblemDetail> invalid(List<PublicJournalQuery.Problem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.size() == 1
                ? problems.get(0).message() : problems.size() + " parameters cannot be read");
        problem.setTitle("Invalid query");
        problem.setProperty("errors", problems.stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", p.field().apiName);
            error.put("message", p.message());
            error.put("code", p.code());
            return error;
        }).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
