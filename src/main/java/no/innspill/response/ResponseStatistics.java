package no.innspill.response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.innspill.consultation.Consultation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/**
 * The figures of the statistics page and API over the responses a {@link ResponseFilter} holds, each aggregated in
 * SQL; cached under the case's generation like {@link Responses#count} (not with a search or the invitee filter).
 */
@Service
public class ResponseStatistics {

    private final ResponseStatisticsRepository repository;
    private final Responses responses;
    private final ObjectProvider<InvitedResponses> invited;
    private final Cache cache;

    ResponseStatistics(ResponseStatisticsRepository repository, Responses responses, ObjectProvider<InvitedResponses> invited,
                       CacheManager caches) {
        this.repository = repository;
        this.responses = responses;
        this.invited = invited;
        this.cache = caches.getCache(Responses.COUNTS_CACHE);
    }

    /** How many responses in all, by kind, by channel, and how many came after the deadline. */
    public record Totals(long total, Map<RespondentKind, Long> byKind, Map<Channel, Long> byChannel, long late) {

        public Totals {
            byKind = Map.copyOf(byKind);
            byChannel = Map.copyOf(byChannel);
        }
    }

    /** Responses received on one day (Europe/Oslo). */
    public record Day(LocalDate date, long count) {
    }

    /**
     * All figures of one filter.
     *
     * @param choices       per option ({@code "q1:yes"}) and per question that any option was chosen in ({@code "q1"})
     * @param choicesByKind per option, by the respondents' kind
     * @param answered      per answer id ({@code "q2"}, {@code "q2.goal3"}): how many gave it; for an attachments
     *                      question how many attached a file to it
     * @param days          per day received, in date order, days without responses left out
     */
    public record Figures(Totals totals, Map<String, Long> choices, Map<String, Map<RespondentKind, Long>> choicesByKind,
                          Map<String, Long> answered, List<Day> days) {
    }

    public Figures of(Consultation consultation, ResponseFilter filter) {
        int[] invitedNumbers = filter.invitee() == null ? null : invitedNumbers(consultation);
        long id = consultation.id();
        Totals totals = cached(consultation, "stats-totals", filter, () -> repository.totals(id, filter, invitedNumbers));
        Map<String, Map<RespondentKind, Long>> byKind = cached(consultation, "stats-choices-by-kind", filter,
                () -> repository.choicesByKind(id, filter, invitedNumbers));
        Map<String, Long> answered = new HashMap<>(responses.answeredCounts(consultation, filter));
        answered.putAll(cached(consultation, "stats-attached", filter, () -> repository.attachedCounts(id, filter, invitedNumbers)));
        List<Day> days = cached(consultation, "stats-days", filter, () -> repository.perDay(id, filter, invitedNumbers));
        return new Figures(totals, responses.choiceCounts(consultation, filter), byKind, Map.copyOf(answered), days);
    }

    private <T> T cached(Consultation consultation, String what, ResponseFilter filter, Supplier<T> compute) {
        if (filter.search() != null || filter.invitee() != null) {
            return compute.get();
        }
        record Key(long consultationId, long generation, String what, ResponseFilter filter) {
        }
        // the generation is read before computing, as Responses does: a figure is never cached under a newer one
        return cache.get(new Key(consultation.id(), responses.generation(consultation), what, filter), compute::get);
    }

    private int[] invitedNumbers(Consultation consultation) {
        InvitedResponses source = invited.getIfAvailable();
        return source == null ? new int[0] : source.sequenceNumbers(consultation.id());
    }
}
