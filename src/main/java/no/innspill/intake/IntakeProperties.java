package no.innspill.intake;

import java.time.Duration;
import no.innspill.document.FileLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of intake. File limits left unset are {@link FileLimits#DEFAULTS}, which the command line
 * uses too.
 *
 * @param maxFileSize     the largest file taken in, by upload or as a mail attachment; a larger one is
 *                        refused (upload) or recorded as rejected without its bytes (mailbox). Uploads
 *                        are also bounded by {@code innspill.web.max-request-size} and
 *                        {@code spring.servlet.multipart.*}, which must be at least as large.
 * @param maxUnpackedSize what the parts of a Word document may unpack to, all together
 * @param maxPackageParts how many parts a Word document may have
 * @param imap            the watched mailbox
 */
@ConfigurationProperties("innspill.intake")
public record IntakeProperties(
        DataSize maxFileSize,
        DataSize maxUnpackedSize,
        Integer maxPackageParts,
        @DefaultValue Imap imap) {

    public IntakeProperties {
        maxFileSize = maxFileSize != null ? maxFileSize : DataSize.ofBytes(FileLimits.DEFAULTS.maxFileBytes());
        maxUnpackedSize = maxUnpackedSize != null ? maxUnpackedSize : DataSize.ofBytes(FileLimits.DEFAULTS.maxUnpackedBytes());
        maxPackageParts = maxPackageParts != null ? maxPackageParts : FileLimits.DEFAULTS.maxParts();
        require(maxFileSize.toBytes() > 0, "innspill.intake.max-file-size must be positive");
        require(maxUnpackedSize.toBytes() > 0, "innspill.intake.max-unpacked-size must be positive");
        require(maxPackageParts > 0, "innspill.intake.max-package-parts must be positive");
    }

    /** The limits every received file is read within. */
    public FileLimits fileLimits() {
        return new FileLimits(maxFileSize.toBytes(), maxUnpackedSize.toBytes(), maxPackageParts,
                FileLimits.DEFAULTS.minInflateRatio(), FileLimits.DEFAULTS.maxPdfPages());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
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

        @Override
        public String toString() { // not the record's own, which would print the password
            return "Imap[enabled=" + enabled + ", host=" + host + ", port=" + port + ", username=" + username
                    + ", password=" + (password == null ? "unset" : "***") + ", folder=" + folder + ", ssl=" + ssl
                    + ", consultation=" + consultation + ", pollInterval=" + pollInterval + ", timeout=" + timeout + "]";
        }
    }
}
