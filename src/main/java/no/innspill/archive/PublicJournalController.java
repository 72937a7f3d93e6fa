package no.innspill.archive;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public journal's page, for everybody: a search form (GET, so a search is a link and needs no script) over the
 * journal, a page of {@value PublicJournalQuery#DEFAULT_LIMIT} entries at a time. A search that cannot be read answers
 * 400 with an error summary naming each field, and no list.
 */
@Controller
record PublicJournalController(PublicJournal journal) {

    static final String PATH = "/journal";

    @GetMapping(PATH)
    String journal(@RequestParam(name = "fra", required = false) String from, @RequestParam(name = "til", required = false) String to,
                   @RequestParam(name = "sak", required = false) String caseNumber,
                   @RequestParam(name = "navn", required = false) String name,
                   @RequestParam(name = "side", required = false) String cursor,
                   Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("name", name);
        model.addAttribute("maxName", PublicJournalQuery.MAX_NAME);
        PublicJournalQuery.Parsed parsed = PublicJournalQuery.parse(from, to, caseNumber, name, cursor, null);
        Map<String, String> errors = new LinkedHashMap<>();
        parsed.problems().forEach(problem -> errors.putIfAbsent(inputId(problem.field()), "public-journal.error." + problem.code()));
        model.addAttribute("errors", errors);
        if (!parsed.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "archive/public-journal";
        }
        PublicJournalQuery query = parsed.query();
        // a date as the date inputs hold it (ISO), however it was typed
        model.addAttribute("from", query.from() == null ? null : query.from().toString());
        model.addAttribute("to", query.to() == null ? null : query.to().toString());
        PublicJournal.Page page = journal.find(query, locale);
        model.addAttribute("page", page);
        model.addAttribute("filtered", query.from() != null || query.to() != null || query.caseNumber() != null || query.name() != null);
        model.addAttribute("nextLink", page.next() == null ? null : link(query, page.next()));
        model.addAttribute("previousLink", page.previous() == null ? null : link(query, page.previous()));
        // the layout's language links reload this very search
        model.addAttribute("currentPath", link(query, query.cursor()));
        return "archive/public-journal";
    }

    /** The id of the input a field's error leads to; an unreadable page position leads to the form. */
    private static String inputId(PublicJournalQuery.Field field) {
        return switch (field) {
            case FROM -> "journal-from";
            case TO -> "journal-to";
            case CASE -> "journal-case";
            case NAME -> "journal-name";
            case CURSOR, LIMIT -> "journal-search";
        };
    }

    /** This search's page from the cursor's place, or from the start when it is {@code null}. */
    private static String link(PublicJournalQuery query, PublicJournalQuery.Cursor cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (query.from() != null) {
            uri.queryParam("fra", query.from());
        }
        if (query.to() != null) {
            uri.queryParam("til", query.to());
        }
        if (query.caseNumber() != null) {
            uri.queryParam("sak", query.caseNumber().shortForm());
        }
        if (query.name() != null) {
            uri.queryParam("navn", query.name());
        }
        if (cursor != null) {
            uri.queryParam("side", cursor.encode());
        }
        return uri.encode().build().toUriString();
    }
}
