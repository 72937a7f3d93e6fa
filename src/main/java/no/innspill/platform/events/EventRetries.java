package no.innspill.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Runs failed listeners again. Modulith marks a publication failed when its listener throws, and
 * its staleness check marks one failed that was published or started long ago without completing
 * (the node that had it crashed). This resubmits each after a growing pause; Modulith's own
 * {@code markResubmitted} claims a publication with one conditional update, so two nodes never run
 * one twice at once. After {@link EventsProperties#maxAttempts()} it is left failed and logged.
 */
@Component
class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final FailedEventPublications failed;
    private final EventsProperties properties;
    private final Clock clock;
    private final Set<UUID> reportedGivenUp = ConcurrentHashMap.newKeySet();

    EventRetries(FailedEventPublications failed, EventsProperties properties) {
        this.failed = failed;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    void resubmitDue() {
        Instant now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(properties.batchSize())
                .withMaxInFlight(properties.batchSize())
                .withFilter(publication -> isDue(publication, now)));
    }

    private boolean isDue(EventPublication publication, Instant now) {
        int attempts = publication.getCompletionAttempts();
        if (attempts >= properties.maxAttempts()) {
            if (reportedGivenUp.add(publication.getIdentifier())) {
                log.error("Gave up on event {} for {} after {} attempts; it stays in event_publication as failed",
                        publication.getEvent().getClass().getSimpleName(), publication.getIdentifier(), attempts);
            }
            return false;
        }
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(properties.retryDelayAfter(Math.max(1, attempts))).isAfter(now);
    }
}
