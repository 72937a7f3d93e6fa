package no.innspill.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.DateFormats;
import org.springframework.stereotype.Service;

/**
 * The public journal (offentlig journal, offentleglova § 10): the journal entries of every consultation the public may
 * see (open or closed; never a draft or a scheduled one), a page at a time, newest first. A private person's name drops
 * out of the name search a year after the entry was journalled (offentlegforskrifta § 6); the entry stays listed.
 */
@Service
class PublicJournal {

    private final PublicJournalRepository repository;
    private final Consultations consultations;

    PublicJournal(PublicJournalRepository repository, Consultations consultations) {
        this.repository = repository;
        this.consultations = consultations;
    }

    /**
     * A page of the search's hits.
     *
     * @param next     where the next (older) page starts; {@code null} on the last
     * @param previous where the previous (newer) page starts; {@code null} on the first
     */
    record Page(List<PublicJournalEntry> entries, long total, PublicJournalQuery.Cursor next, PublicJournalQuery.Cursor previous) {
    }

    Page find(PublicJournalQuery query, Locale locale) {
        Map<Long, Consultation> cases = consultations.all().stream()
                .filter(Consultation::isPublic)
                .filter(c -> query.caseNumber() == null || c.caseNumber().equals(query.caseNumber().shortForm()))
                .collect(Collectors.toMap(Consultation::id, Function.identity()));
        if (cases.isEmpty()) {
            return new Page(List.of(), 0, null, null);
        }
        List<Long> ids = List.copyOf(cases.keySet());
        LocalDate nameCutoff = LocalDate.now(DateFormats.OSLO).minusYears(1);
        int limit = query.limit();
        List<PublicJournalEntry> found = new ArrayList<>(repository.page(ids, query, nameCutoff, limit + 1));
        boolean newer = query.cursor() != null && !query.cursor().older();
        boolean more = found.size() > limit;
        if (more) {
            found.remove(newer ? 0 : found.size() - 1);
        }
        List<PublicJournalEntry> entries = found.stream().map(entry -> {
            Consultation consultation = cases.get(entry.consultationId());
            return entry.titled(consultation.slug(), consultation.title(locale));
        }).toList();
        PublicJournalQuery.Cursor next = null;
        PublicJournalQuery.Cursor previous = null;
        if (!entries.isEmpty()) {
            PublicJournalQuery.Cursor afterLast = entries.get(entries.size() - 1).cursor(true);
            PublicJournalQuery.Cursor beforeFirst = entries.get(0).cursor(false);
            boolean older = newer ? repository.any(ids, query, nameCutoff, afterLast) : more;
            boolean newerPage = newer ? more : query.cursor() != null && repository.any(ids, query, nameCutoff, beforeFirst);
            next = older ? afterLast : null;
            previous = newerPage ? beforeFirst : null;
        }
        return new Page(entries, repository.count(ids, query, nameCutoff), next, previous);
    }
}
