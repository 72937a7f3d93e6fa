package no.innspill.response;

import java.util.List;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Reads registered responses; for staff views, exports and later modules. {@link #list} and {@link #count} see every
 * response, superseded ones too (the journal needs them all); {@link #latest} and {@link #countLatest} only the latest
 * versions, as lists, counts and analysis show them by default (revised responses, docs/decisions.md).
 */
@Service
public class Responses {

    public static final int MAX_PAGE = 1000;
    /** A search counts its hits up to this many; beyond it the list says "more than" (a phrase's count reads every hit). */
    public static final int SEARCH_COUNT_CAP = 1000;
    static final String COUNTS_CACHE = "response-counts";
    private final ResponseRepository repository;
    private final org.springframework.beans.factory.ObjectProvider<InvitedResponses> invited;
    private final org.springframework.cache.Cache counts;

    Responses(ResponseRepository repository, org.springframework.beans.factory.ObjectProvider<InvitedResponses> invited,
              org.springframework.cache.CacheManager caches) {
        this.repository = repository;
        this.invited = invited;
        this.counts = caches.getCache(COUNTS_CACHE);
    }

    /** Responses in document-number order, after the given sequence number (0 for the start). */
    public List<StoredResponse> list(Consultation consultation, int afterSequence, int limit) {
        return repository.findByConsultation(consultation.id(), Math.max(0, afterSequence), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    /** As {@link #list}, leaving out the responses a revision superseded (filtered in SQL). */
    public List<StoredResponse> latest(Consultation consultation, int afterSequence, int limit) {
        return repository.findLatestByConsultation(consultation.id(), Math.max(0, afterSequence), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    /** {@link #latest} when {@code versions} is {@link Versions#LATEST}, else {@link #list}. */
    public List<StoredResponse> list(Consultation consultation, int afterSequence, int limit, Versions versions) {
        return versions == Versions.ALL ? list(consultation, afterSequence, limit) : latest(consultation, afterSequence, limit);
    }

    /** The latest versions of the case's responses, in document-number order (the staff list's filters run over them). */
    public List<StoredResponse> allLatest(Consultation consultation) {
        return repository.findLatestByConsultation(consultation.id(), 0, Integer.MAX_VALUE);
    }

    public List<StoredResponse> all(Consultation consultation) {
        return repository.findByConsultation(consultation.id(), 0, Integer.MAX_VALUE);
    }

    public Optional<StoredResponse> find(Consultation consultation, int sequenceNumber) {
        return repository.findOne(consultation.id(), sequenceNumber);
    }

    /** The case's responses with these sequence numbers (those that exist), in document-number order; at most {@link #MAX_PAGE}. */
    public List<StoredResponse> find(Consultation consultation, int[] sequenceNumbers) {
        if (sequenceNumbers.length == 0) {
            return List.of();
        }
        if (sequenceNumbers.length > MAX_PAGE) {
            throw new IllegalArgumentException("At most " + MAX_PAGE + " responses at a time");
        }
        return repository.findSome(consultation.id(), sequenceNumbers);
    }

    /** The response a receipt link points at; the token is the only key the respondent has. */
    public Optional<StoredResponse> findByReceiptToken(String token) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return repository.findByReceiptToken(token);
    }

    /** The response registered from this source (an intake item), if it was. */
    public Optional<StoredResponse> findBySource(Consultation consultation, ResponseSource source) {
        return repository.findBySource(consultation.id(), source);
    }

    /** Page size of the staff list, and the most a page may hold. */
    public static final int LIST_PAGE = 50;

    /** One page of the filtered list in the sort's order, paged by keyset in SQL (the cursor as the page links carry it). */
    public ResponseSort.Page page(Consultation consultation, ResponseFilter filter, ResponseSort sort, String cursorText, int limit) {
        if (sort.key() == ResponseSort.Key.RELEVANCE && filter.search() == null) {
            throw new no.innspill.platform.InvalidParameterException("Relevance needs a search", List.of(FieldError.of("sort",
                    "relevance sorts a search: give q as well").withCode("sort-needs-search")));
        }
        ResponseSort.Cursor cursor = ResponseSort.Cursor.decode(cursorText, sort);
        int size = Math.min(Math.max(1, limit), MAX_PAGE);
        List<ResponseRepository.Listed> rows = new java.util.ArrayList<>(repository.page(consultation.id(), filter,
                invitedIfNeeded(consultation, filter), sort, cursor, size + 1));
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(size);
        }
        boolean backwards = cursor != null && cursor.backwards();
        if (backwards) {
            java.util.Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new ResponseSort.Page(List.of(), null, null);
        }
        ResponseRepository.Listed first = rows.get(0);
        ResponseRepository.Listed last = rows.get(rows.size() - 1);
        boolean hasNext = backwards || more;
        boolean hasPrevious = backwards ? more : cursor != null;
        return new ResponseSort.Page(rows.stream().map(ResponseRepository.Listed::response).toList(),
                hasNext ? new ResponseSort.Cursor(sort.key(), false, sort.valueOf(last), last.response().sequenceNumber()).encode() : null,
                hasPrevious ? new ResponseSort.Cursor(sort.key(), true, sort.valueOf(first), first.response().sequenceNumber()).encode() : null);
    }

    /**
     * How many responses the filter holds, counted in SQL; cached under the case's generation (a new response makes a
     * new one), except with a search (files' text arrives later) or the invitee filter (links change by hand).
     */
    public int count(Consultation consultation, ResponseFilter filter) {
        return cached(consultation, "count", filter, () -> repository.count(consultation.id(), filter, invitedIfNeeded(consultation, filter)));
    }

    /**
     * A search's hit count, exact up to {@link #SEARCH_COUNT_CAP}: more than that when it returns a larger figure.
     * Without a search, the same as {@link #count}.
     */
    public Count countHits(Consultation consultation, ResponseFilter filter) {
        if (filter.search() == null) {
            return new Count(count(consultation, filter), true);
        }
        int counted = repository.countUpTo(consultation.id(), filter, invitedIfNeeded(consultation, filter), SEARCH_COUNT_CAP + 1);
        return counted > SEARCH_COUNT_CAP ? new Count(SEARCH_COUNT_CAP, false) : new Count(counted, true);
    }

    /** A count, and whether it is exact ({@code false}: at least this many). */
    public record Count(int value, boolean exact) {
    }

    /**
     * How many of the filtered responses chose each option, keyed {@code "q1:yes"}, and how many chose anything in a
     * question, keyed {@code "q1"}; counted in SQL, cached as {@link #count}.
     */
    public java.util.Map<String, Long> choiceCounts(Consultation consultation, ResponseFilter filter) {
        return cached(consultation, "choices", filter, () -> repository.choiceCounts(consultation.id(), filter, invitedIfNeeded(consultation, filter)));
    }

    /**
     * How many of the filtered responses gave each answer at all (a choice, some choices, a text that is not blank),
     * keyed by answer id ({@code "q2.goal3"}); attachments questions are not in it. Counted in SQL, cached as {@link #count}.
     */
    public java.util.Map<String, Long> answeredCounts(Consultation consultation, ResponseFilter filter) {
        return cached(consultation, "answered", filter, () -> repository.answeredCounts(consultation.id(), filter, invitedIfNeeded(consultation, filter)));
    }

    /** The search as PostgreSQL understood it, after stemming ("'pasientjournal' & 'hels':*"); blank when only stop words remain. */
    public String searchTerms(ResponseSearch search) {
        return repository.searchTerms(search);
    }

    /**
     * The search's excerpts of the given responses, by sequence number: each a run of plain text and hits (to be
     * escaped by whoever shows them), from the scoped question, the answers or the attached files.
     */
    public java.util.Map<Integer, Excerpt> excerpts(Consultation consultation, ResponseSearch search, List<StoredResponse> shown) {
        if (search == null || shown.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Integer, Excerpt> excerpts = new java.util.HashMap<>();
        repository.excerpts(consultation.id(), search, shown.stream().mapToInt(StoredResponse::sequenceNumber).toArray())
                .forEach((number, marked) -> excerpts.put(number, Excerpt.of(marked)));
        return excerpts;
    }

    /** The case's generation: grows with every response stored, so anything computed from the responses can be cached under it. */
    public long generation(Consultation consultation) {
        return repository.generation(consultation.id());
    }

    private <T> T cached(Consultation consultation, String what, ResponseFilter filter, java.util.function.Supplier<T> compute) {
        if (filter.search() != null || filter.invitee() != null) {
            return compute.get();
        }
        record Key(long consultationId, long generation, String what, ResponseFilter filter) {
        }
        // read before computing: a response stored meanwhile makes a new generation, so the figure is never cached too new
        Key key = new Key(consultation.id(), repository.generation(consultation.id()), what, filter);
        return counts.get(key, compute::get);
    }

    private int[] invitedIfNeeded(Consultation consultation, ResponseFilter filter) {
        if (filter.invitee() == null) {
            return null;
        }
        InvitedResponses source = invited.getIfAvailable();
        return source == null ? new int[0] : source.sequenceNumbers(consultation.id());
    }

    /** How many rows an export reads from the cursor at a time, and hands on together (with their files' names). */
    public static final int EXPORT_CHUNK = 500;

    /**
     * Every response the filter holds (its search too), in document-number order, handed on in chunks of
     * {@link #EXPORT_CHUNK} as they are read from a database cursor: an export of any size holds one chunk.
     * Read-only, in one transaction (a consistent snapshot, and the cursor needs autocommit off).
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void forEachChunk(Consultation consultation, ResponseFilter filter, java.util.function.Consumer<List<StoredResponse>> chunk) {
        List<StoredResponse> rows = new java.util.ArrayList<>(EXPORT_CHUNK);
        repository.stream(consultation.id(), filter, invitedIfNeeded(consultation, filter), EXPORT_CHUNK, response -> {
            rows.add(response);
            if (rows.size() == EXPORT_CHUNK) {
                chunk.accept(List.copyOf(rows));
                rows.clear();
            }
        });
        if (!rows.isEmpty()) {
            chunk.accept(List.copyOf(rows));
        }
    }

    /** Every response registered, superseded ones included. */
    public int count(Consultation consultation) {
        return repository.count(consultation.id());
    }

    /** The responses no revision superseded: how many respondents answered, each by their latest version. */
    public int countLatest(Consultation consultation) {
        return repository.countLatest(consultation.id());
    }

    /** Which versions a list or export holds: the latest of each response (default), or all, superseded ones too. */
    public enum Versions {
        LATEST, ALL;

        /**
         * {@code versions=all} or {@code versions=latest} in a query; nothing is the latest.
         *
         * @throws InvalidInputException naming {@code versions} for any other value
         */
        public static Versions of(String value) {
            if (value == null || value.isBlank() || value.equals("latest")) {
                return LATEST;
            }
            if (value.equals("all")) {
                return ALL;
            }
            throw new no.innspill.platform.InvalidParameterException("Unknown versions", List.of(FieldError.of("versions", "must be latest or all")
                    .withCode("versions-unknown")));
        }
    }
}
