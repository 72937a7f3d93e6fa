package no.innspill.platform.events;

import java.time.Duration;
import no.innspill.platform.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the retry job for event listeners. A listener that failed, or whose publication went
 * stale (its node crashed, see {@code spring.modulith.events.staleness.*}), is run again after
 * {@code firstRetryDelay}, then four times longer after each further failure, up to {@code maxAttempts}.
 *
 * @param retryInterval how often the job looks for failed publications (one node at a time)
 * @param batchSize     publications resubmitted per look
 */
@ConfigurationProperties("innspill.events")
record EventsProperties(
        @DefaultValue("15s") Duration retryInterval,
        @DefaultValue("10s") Duration firstRetryDelay,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("200") int batchSize) {

    EventsProperties {
        if (retryInterval.isNegative() || retryInterval.isZero() || firstRetryDelay.isNegative() || maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("innspill.events.*: intervals and counts must be positive");
        }
    }

    /** The pause before attempt {@code attempts + 1}: 10 s, 40 s, 160 s, … at most six hours. */
    Duration retryDelayAfter(int attempts) {
        return Backoff.fourfold(firstRetryDelay).after(attempts);
    }
}
