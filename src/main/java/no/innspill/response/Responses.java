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
    private final ResponseRepository repository;

    Responses(ResponseRepository repository) {
        this.repository = repository;
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
        ResponseSort.Cursor cursor = ResponseSort.Cursor.decode(cursorText, sort);
        int size = Math.min(Math.max(1, limit), MAX_PAGE);
        List<StoredResponse> rows = new java.util.ArrayList<>(repository.page(consultation.id(), filter, sort, cursor, size + 1));
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
        StoredResponse first = rows.get(0);
        StoredResponse last = rows.get(rows.size() - 1);
        boolean hasNext = backwards || more;
        boolean hasPrevious = backwards ? more : cursor != null;
        return new ResponseSort.Page(List.copyOf(rows),
                hasNext ? new ResponseSort.Cursor(sort.key(), false, sort.valueOf(last), last.sequenceNumber()).encode() : null,
                hasPrevious ? new ResponseSort.Cursor(sort.key(), true, sort.valueOf(first), first.sequenceNumber()).encode() : null);
    }

    /** How many responses the filter holds, counted in SQL. */
    public int count(Consultation consultation, ResponseFilter filter) {
        return repository.count(consultation.id(), filter);
    }

    /** How many of the filtered responses chose option {@code option} of question {@code question}; counted in SQL. */
    public java.util.Map<String, Long> choiceCounts(Consultation consultation, ResponseFilter filter) {
        return repository.choiceCounts(consultation.id(), filter);
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
            throw new InvalidInputException("Unknown versions", List.of(FieldError.of("versions", "must be latest or all")
                    .withCode("versions-unknown")));
        }
    }
}
