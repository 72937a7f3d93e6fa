package no.innspill.document;

/**
 * How much of an untrusted file is read. A Word document is a ZIP package, so besides its size
 * what it unpacks to is bounded too: all its parts together, their number, and how far one part
 * may be compressed (a zip bomb's parts are compressed a thousandfold). A PDF is bounded by its
 * size and its pages. The application takes its limits from configuration ({@code innspill.intake.*});
 * the command line uses {@link #DEFAULTS}.
 *
 * @param maxFileBytes     the file as received
 * @param maxUnpackedBytes all parts of a Word package together, unpacked
 * @param maxParts         parts in a Word package
 * @param minInflateRatio  the smallest ratio of a part's packed size to its unpacked size
 * @param maxPdfPages      no response form runs this long; a longer PDF is not read, so a batch never waits on it
 */
public record FileLimits(long maxFileBytes, long maxUnpackedBytes, int maxParts, double minInflateRatio, int maxPdfPages) {

    public static final FileLimits DEFAULTS = new FileLimits(20L * 1024 * 1024, 100L * 1024 * 1024, 2_000, 0.01, 500);

    public FileLimits {
        if (maxFileBytes <= 0 || maxUnpackedBytes <= 0 || maxParts <= 0 || maxPdfPages <= 0) {
            throw new IllegalArgumentException("File limits must be positive");
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("The smallest inflate ratio must lie between 0 and 1");
        }
    }

    /** "20 MB", "300 kB": a limit as people read it. */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 1 ? String.format(java.util.Locale.ROOT, "%.0f MB", mb)
                : String.format(java.util.Locale.ROOT, "%d kB", Math.max(1, bytes / 1024));
    }
}
