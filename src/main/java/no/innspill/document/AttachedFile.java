package no.innspill.document;

import java.util.Locale;
import java.util.Objects;

/**
 * A file a respondent attached to a response, as documents and pages list it: "brev.pdf (47 kB, PDF)".
 *
 * @param questionId the attachments question it answers, or {@code null} for a file attached to the response as a whole
 * @param position   1, 2, … within the response
 * @param name       the name shown and offered on download, already without path or control characters
 */
public record AttachedFile(String questionId, int position, String name, DocumentFormat format, long size) {

    public AttachedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
    }

    /** The files of one question, or with {@code questionId} null those of the response as a whole; none for a null list. */
    public static java.util.List<AttachedFile> of(java.util.List<AttachedFile> files, String questionId) {
        return files == null ? java.util.List.of()
                : files.stream().filter(file -> Objects.equals(file.questionId(), questionId)).toList();
    }

    /** "PDF", "Word", "OpenDocument": the format as people name it. */
    public String formatName() {
        return switch (format) {
            case PDF -> "PDF";
            case DOCX -> "Word";
            case ODT -> "OpenDocument";
        };
    }

    /** "47 kB", "1,4 MB". */
    public String sizeText() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " kB";
        }
        return String.format(Locale.forLanguageTag("nb"), "%.1f MB", size / (1024.0 * 1024.0));
    }

    /** "brev.pdf (47 kB, PDF)". */
    public String label() {
        return name + " (" + sizeText() + ", " + formatName() + ")";
    }
}
