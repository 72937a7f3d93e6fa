package no.innspill.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The pauses between attempts, the settings' checks and the error recorded for staff. */
class OutboxRetryTest {

    private static OutboxProperties settings(String from, Duration first, Duration max) {
        return new OutboxProperties(from, Duration.ofSeconds(5), 20, 10, first, max);
    }

    @Test
    void each_failure_waits_four_times_longer_up_to_the_cap() {
        OutboxProperties defaults = settings("Innspill <noreply@innspill.local>", Duration.ofSeconds(30), Duration.ofHours(6));
        assertThat(java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(defaults::retryDelayAfter).toList())
                .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(8), Duration.ofMinutes(32),
                        Duration.ofMinutes(128), Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));
        assertThat(defaults.retryDelayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void settings_are_checked_when_bound() {
        assertThatThrownBy(() -> settings("not an address", Duration.ofSeconds(30), Duration.ofHours(6)))
                .hasMessageStartingWith("innspill.mail.from is not one valid e-mail address");
        assertThatThrownBy(() -> settings("noreply@innspill.local", Duration.ofHours(7), Duration.ofHours(6)))
                .hasMessageStartingWith("innspill.mail.max-retry-delay must not be shorter");
        assertThatThrownBy(() -> settings("noreply@innspill.local", Duration.ZERO, Duration.ofHours(6)))
                .hasMessage("innspill.mail.first-retry-delay must be positive");
    }

    @Test
    void the_recorded_error_is_one_short_line_with_its_root_cause() {
        var failure = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host, port: 127.0.0.1, 1;\n timeout 10000",
                        new ConnectException("Connection refused")));
        assertThat(MailDelivery.describe(failure)).isEqualTo(
                "MailSendException: Mail server connection failed (ConnectException: Connection refused)");
        assertThat(MailDelivery.describe(new IllegalStateException("x".repeat(2000)))).hasSize(500).endsWith("…");
        assertThat(MailDelivery.describe(new IllegalStateException("line one\n\tat line two"))).doesNotContain("\n");
    }
}
