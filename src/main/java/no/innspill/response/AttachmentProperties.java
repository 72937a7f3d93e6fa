package no.innspill.response;

import no.innspill.document.FileLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the files respondents attach ({@code innspill.attachments.*}). Unset values are those of
 * {@link FileLimits#DEFAULTS}, the same zip limits intake reads e-mailed Word files with.
 *
 * @param maxFileSize     one file; must not exceed {@code spring.servlet.multipart.max-file-size}, which refuses
 *                        larger ones before they reach us
 * @param maxFiles        files in one response, all questions together
 * @param maxUnpackedSize what a Word or OpenDocument file may unpack to
 * @param maxPackageParts parts in such a file
 */
@ConfigurationProperties("innspill.attachments")
public record AttachmentProperties(DataSize maxFileSize, Integer maxFiles, DataSize maxUnpackedSize, Integer maxPackageParts) {

    public AttachmentProperties {
        maxFileSize = maxFileSize != null ? maxFileSize : DataSize.ofBytes(FileLimits.DEFAULTS.maxFileBytes());
        maxFiles = maxFiles != null ? maxFiles : 10;
        maxUnpackedSize = maxUnpackedSize != null ? maxUnpackedSize : DataSize.ofBytes(FileLimits.DEFAULTS.maxUnpackedBytes());
        maxPackageParts = maxPackageParts != null ? maxPackageParts : FileLimits.DEFAULTS.maxParts();
        if (maxFileSize.toBytes() <= 0 || maxFiles <= 0 || maxUnpackedSize.toBytes() <= 0 || maxPackageParts <= 0) {
            throw new IllegalArgumentException("innspill.attachments.* must be positive");
        }
    }

    public static AttachmentProperties defaults() {
        return new AttachmentProperties(null, null, null, null);
    }

    /** The limits files are checked and read with. */
    public FileLimits fileLimits() {
        return new FileLimits(maxFileSize.toBytes(), maxUnpackedSize.toBytes(), maxPackageParts,
                FileLimits.DEFAULTS.minInflateRatio(), FileLimits.DEFAULTS.maxPdfPages());
    }
}
