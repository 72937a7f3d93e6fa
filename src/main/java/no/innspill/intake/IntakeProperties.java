package no.innspill.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of intake.
 *
 * @param maxFileSize the largest file taken in, by upload or as a mail attachment; a larger one is
 *                    refused (upload) or recorded as rejected without its bytes (mailbox). Uploads
 *                    are also bounded by {@code innspill.web.max-request-size} and
 *                    {@code spring.servlet.multipart.*}, which must be at least as large.
 * @param imap        the watched mailbox
 */
@ConfigurationProperties("innspill.intake")
public record IntakeProperties(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue Imap imap) {

    public IntakeProperties {
        if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("innspill.intake.max-file-size must be positive");
        }
    }

    /**
     * The IMAP mailbox that is watched for e-mailed responses; off unless {@code enabled}.
     *
     * @param consultation the slug of the consultation messages are filed under, such as {@code 22-414}
     * @param pollInterval the pause between two looks into the mailbox
     * @param timeout      for connecting to and reading from the server
     */
    public record Imap(
            @DefaultValue("false") boolean enabled,
            String host,
            @DefaultValue("993") int port,
            String username,
            String password,
            @DefaultValue("INBOX") String folder,
            @DefaultValue("true") boolean ssl,
            String consultation,
            @DefaultValue("1m") Duration pollInterval,
            @DefaultValue("30s") Duration timeout) {

        public Imap {
            if (enabled) {
                require(host != null && !host.isBlank(), "innspill.intake.imap.host is required when the mailbox is enabled");
                require(username != null && !username.isBlank(), "innspill.intake.imap.username is required when the mailbox is enabled");
                require(consultation != null && consultation.matches("\\d{2}-\\d{1,6}"),
                        "innspill.intake.imap.consultation must be a consultation's slug, such as 22-414");
                require(!pollInterval.isNegative() && !pollInterval.isZero(), "innspill.intake.imap.poll-interval must be positive");
            }
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
