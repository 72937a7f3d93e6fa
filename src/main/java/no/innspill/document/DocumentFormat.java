package no.innspill.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import no.innspill.document.word.WordFile;
import no.innspill.document.word.WordFormException;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The formats an uploaded document may have — a consultation's documents, a respondent's attachments —
 * read from the file's content, never from its name or declared type.
 */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentFormat fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /**
     * The format of an uploaded file, checked by opening it: a PDF that PDFBox reads, a Word
     * document that our Word opener accepts (zip limits, no macros run), an OpenDocument text
     * whose first entry names its type, as the ODF standard requires, and whose text our reader
     * reads within the same zip limits.
     *
     * @throws InvalidInputException field {@code file}, code file-empty, file-too-large, file-type or file-damaged
     */
    public static DocumentFormat of(byte[] bytes, FileLimits limits) {
        return of(bytes, limits, "file");
    }

    /** {@link #of(byte[], FileLimits)} with the errors on {@code field}. */
    public static DocumentFormat of(byte[] bytes, FileLimits limits, String field) {
        if (bytes == null || bytes.length == 0) {
            throw invalid(field, "file-empty", "is empty");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw invalid(field, "file-too-large", "is larger than " + FileLimits.megabytes(limits.maxFileBytes()), FileLimits.megabytes(limits.maxFileBytes()));
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.PDF) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                if (document.getNumberOfPages() == 0) {
                    throw invalid(field, "file-damaged", "is a PDF without pages");
                }
                return PDF;
            } catch (IOException e) {
                throw invalid(field, "file-damaged", "is a damaged or password-protected PDF");
            }
        }
        if (magic != FileMagic.OOXML) {
            throw invalid(field, "file-type", "is no PDF, Word (.docx) or OpenDocument (.odt) file");
        }
        if (isOpenDocumentText(bytes)) {
            try {
                OdtText.read(bytes, limits);
            } catch (OdtText.Unreadable e) {
                throw invalid(field, "file-damaged", switch (e.code) {
                    case ExtractedText.TOO_LARGE_UNPACKED -> "is an OpenDocument file that unpacks to more than is safe to read";
                    case ExtractedText.ENCRYPTED -> "is a password-protected OpenDocument file";
                    default -> "is a damaged OpenDocument file";
                });
            }
            return ODT;
        }
        try (WordFile word = WordFile.open(bytes, limits)) {
            return DOCX;
        } catch (WordFormException e) {
            throw invalid(field, e.reason() == WordFormException.Reason.NOT_WORD ? "file-type" : "file-damaged",
                    "is no readable Word document: " + e.getMessage());
        }
    }

    /** Reads only the zip's directory and its small first entry, so a zip bomb is never inflated. */
    private static boolean isOpenDocumentText(byte[] bytes) {
        Path file = null;
        try {
            file = Files.createTempFile("innspill-document", ".zip");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry mimetype = zip.getEntry("mimetype");
                if (mimetype == null || mimetype.getSize() > 100) {
                    return false;
                }
                try (InputStream in = zip.getInputStream(mimetype)) {
                    return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip().equals(ODT.contentType);
                }
            }
        } catch (IOException e) {
            return false; // not a zip Java reads: the Word opener says what it is
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    private static InvalidInputException invalid(String field, String code, String message, Object... args) {
        return new InvalidInputException("Unusable document", List.of(FieldError.of(field, message).withCode(code, args)));
    }
}
