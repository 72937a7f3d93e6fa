package no.innspill.archive;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationDocument;
import no.innspill.consultation.ConsultationDocuments;
import org.springframework.stereotype.Component;

/**
 * Where a journal entry's documents are downloaded: the routes that serve them already (the response's and its
 * attachments' archive copies, the consultation document, the intake item's original file). Staff pages link the
 * pages' routes; the API names its own routes where there are any.
 */
@Component
class JournalLinks {

    private final ConsultationDocuments documents;

    JournalLinks(ConsultationDocuments documents) {
        this.documents = documents;
    }

    /** A document of an entry with where to get it; {@code href} is {@code null} when nothing serves it (any more). */
    record Linked(JournalDocument document, String href) {
    }

    /** The documents of one entry, linked for a page ({@code api} false) or the API. */
    List<Linked> of(Consultation consultation, JournalEntry entry, boolean api) {
        Map<Long, ConsultationDocument> own = entry.documents().stream().anyMatch(d -> d.source() == JournalDocument.Source.CONSULTATION_DOCUMENT)
                ? documents.list(consultation).stream().collect(Collectors.toMap(ConsultationDocument::id, Function.identity()))
                : Map.of();
        return entry.documents().stream().map(document -> new Linked(document, href(consultation, entry, document, own, api))).toList();
    }

    static String entryPage(Consultation consultation, int entryNumber) {
        return "/saksbehandler/horinger/" + consultation.slug() + "/journal/" + entryNumber;
    }

    private static String href(Consultation consultation, JournalEntry entry, JournalDocument document, Map<Long, ConsultationDocument> own,
                               boolean api) {
        String staff = "/saksbehandler/horinger/" + consultation.slug();
        String rest = "/api/v1/consultations/" + consultation.slug();
        Integer response = entry.responseSequence();
        return switch (document.source()) {
            case RESPONSE -> response == null ? null
                    : api ? rest + "/responses/" + response + "/archive-copy.pdf" : staff + "/svar/" + response + "/arkivkopi.pdf";
            case ATTACHMENT -> response == null || document.sourceRef() == null ? null
                    : api ? rest + "/responses/" + response + "/attachments/" + document.sourceRef() + "/archive-copy.pdf"
                    : staff + "/svar/" + response + "/vedlegg/" + document.sourceRef() + "/arkivkopi.pdf";
            case INTAKE_ORIGINAL -> document.sourceRef() == null ? null : staff + "/innkommende/" + document.sourceRef() + "/original";
            case CONSULTATION_DOCUMENT -> {
                ConsultationDocument found = document.sourceRef() == null ? null : own.get(document.sourceRef());
                yield found == null ? null : "/horinger/" + consultation.slug() + "/dokumenter/" + found.id() + "/" + found.downloadName();
            }
        };
    }
}
