package no.innspill.archive;

import java.time.Duration;
import no.innspill.platform.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the archive copies.
 *
 * @param pollInterval   the pause between two runs of the renderer
 * @param batchSize      copies read per query
 * @param maxRunTime     how long one run renders before it lets other jobs have the thread
 * @param quiet          how long the node must have stored no submitted response before a copy is
 *                       rendered: copies give way to respondents waiting for their receipt
 * @param maxAttempts    renderings of one copy before it is marked failed
 * @param firstRetryDelay the pause after a failed rendering, four times longer after each further failure
 */
@ConfigurationProperties("innspill.archive")
record ArchiveProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("30s") Duration maxRunTime,
        @DefaultValue("500ms") Duration quiet,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration firstRetryDelay) {

    ArchiveProperties {
        if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1 || maxAttempts < 1 || firstRetryDelay.isNegative()) {
            throw new IllegalArgumentException("innspill.archive.*: intervals and counts must be positive");
        }
    }

    Duration retryDelayAfter(int failedAttempts) {
        return Backoff.fourfold(firstRetryDelay).after(failedAttempts);
    }
}
