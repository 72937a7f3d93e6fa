package no.innspill.mail;

import java.time.Duration;
import no.innspill.platform.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail. The SMTP server is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} mail is held in the outbox.
 *
 * @param from            the sender, e.g. {@code Høringsportalen <postmottak@example.no>}
 * @param pollInterval    the pause between two runs of the deliverer
 * @param batchSize       the most mails one run sends
 * @param maxAttempts     attempts before a mail is marked failed
 * @param firstRetryDelay the pause after the first failed attempt; each further failure waits four
 *                        times longer (30 s, 2 min, 8 min, 32 min, …) …
 * @param maxRetryDelay   … up to this
 */
@ConfigurationProperties("innspill.mail")
record OutboxProperties(
        @DefaultValue("Innspill <noreply@innspill.local>") String from,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("30s") Duration firstRetryDelay,
        @DefaultValue("6h") Duration maxRetryDelay) {

    private static final int BACKOFF_FACTOR = 4;

    OutboxProperties {
        Addresses.parse("innspill.mail.from", from);
        Checks.require(!pollInterval.isNegative() && !pollInterval.isZero(), "innspill.mail.poll-interval must be positive");
        Checks.require(batchSize > 0, "innspill.mail.batch-size must be positive");
        Checks.require(maxAttempts > 0, "innspill.mail.max-attempts must be positive");
        Checks.require(!firstRetryDelay.isNegative() && !firstRetryDelay.isZero(), "innspill.mail.first-retry-delay must be positive");
        Checks.require(maxRetryDelay.compareTo(firstRetryDelay) >= 0,
                "innspill.mail.max-retry-delay must not be shorter than innspill.mail.first-retry-delay");
    }

    /** The pause before the next attempt after {@code failedAttempts} failures (1 or more). */
    Duration retryDelayAfter(int failedAttempts) {
        return new Backoff(firstRetryDelay, BACKOFF_FACTOR, maxRetryDelay).after(failedAttempts);
    }
}
