package no.innspill.consultation;

import no.innspill.document.DocumentFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

/** One of a consultation's own documents, without its content. {@code position} counts from 1. */
public record ConsultationDocument(long id, long consultationId, int position, DocumentKind kind, String title, String fileName,
                                   DocumentFormat format, int sizeBytes, String sha256, Instant updatedAt) {

    /** The size as people read it: 312 kB, 1,4 MB (decimal comma in Norwegian). */
    public String size(Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return sizeBytes < 1_000_000 ? Math.max(1, Math.round(sizeBytes / 1000.0)) + " kB" : number.format(sizeBytes / 1_000_000.0) + " MB";
    }

    /** The name a download gets: the title's letters and digits, then the format's extension. */
    public String downloadName() {
        String base = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return (base.isEmpty() ? "dokument" : base.length() > 80 ? base.substring(0, 80) : base) + "." + format.extension();
    }
}
