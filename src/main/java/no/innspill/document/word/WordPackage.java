package no.innspill.document.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.innspill.document.FileLimits;
import no.innspill.document.word.WordFormException.Reason;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Unpacks an untrusted Word document's ZIP package once, within the limits: POI's own
 * ({@link ZipSecureFile}: the number of parts, the inflate ratio, the size of one part), counted
 * on the real bytes rather than what the headers claim, and the one POI lacks, all parts together
 * (within POI's limits a 20 MB file could still unpack to 2 GB of parts). Then {@link XmlDepth}
 * looks at the XML parts before POI parses them.
 */
final class WordPackage {

    private WordPackage() {
    }

    static OPCPackage open(byte[] zip, FileLimits limits) throws WordFormException {
        // POI keeps these in static fields, for the whole JVM; every caller here passes the same limits
        ZipSecureFile.setMaxFileCount(limits.maxParts());
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        ZipInputStreamZipEntrySource parts;
        try {
            parts = new ZipInputStreamZipEntrySource(new ZipArchiveThresholdInputStream(new CountingZip(zip, limits.maxUnpackedBytes())));
        } catch (IOException | RuntimeException e) {
            throw unpackingFailed(e, limits);
        }
        OPCPackage pkg = openPackage(parts);
        try {
            XmlDepth.check(pkg);
        } catch (WordFormException e) {
            pkg.revert();
            throw e;
        }
        return pkg;
    }

    private static OPCPackage openPackage(ZipInputStreamZipEntrySource parts) throws WordFormException {
        try {
            return OPCPackage.open(parts);
        } catch (ODFNotOfficeXmlFileException e) {
            throw new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): an OpenDocument file (.odt)", e);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): a ZIP file that is no Office document", e);
        } catch (RuntimeException e) {
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged: " + WordFormException.detail(e), e);
        }
    }

    private static WordFormException unpackingFailed(Exception e, FileLimits limits) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TooMuchUnpacked || refusedByPoi(cause)) {
                return new WordFormException(Reason.TOO_LARGE_UNPACKED, "The Word document unpacks to more than is safe to read (over "
                        + FileLimits.megabytes(limits.maxUnpackedBytes()) + ", over " + limits.maxParts() + " parts, or compressed like a zip bomb)", e);
            }
        }
        return new WordFormException(Reason.DAMAGED, "The Word document is damaged or cut short: " + WordFormException.detail(e), e);
    }

    /** POI names its zip-bomb and part-count refusals only in the words of a plain IOException. */
    private static boolean refusedByPoi(Throwable e) {
        String message = e.getMessage();
        return e instanceof IOException && message != null
                && (message.startsWith("Zip bomb detected") || message.startsWith("The file appears to be potentially malicious"));
    }

    /** The package's entries as POI reads them, counting what they unpack to all together. */
    private static final class CountingZip extends ZipArchiveInputStream {

        private final long max;
        private long unpacked;

        CountingZip(byte[] zip, long max) {
            // as POI's own ZipHelper.openZipStream reads a package
            super(new ByteArrayInputStream(zip), StandardCharsets.UTF_8.name(), false, true);
            this.max = max;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0 && (unpacked += read) > max) {
                throw new TooMuchUnpacked();
            }
            return read;
        }
    }

    private static final class TooMuchUnpacked extends IOException {

        TooMuchUnpacked() {
            super("The package unpacks to more than its limit");
        }
    }
}
