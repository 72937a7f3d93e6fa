package no.innspill.consultation;

/**
 * Staff (or Innspill, for the demo's letter) added a document to a consultation, published in the
 * transaction that stores it. Whatever state the consultation is in: a listener that cares only about
 * published documents checks {@link Consultation#isPublic()}.
 */
public record ConsultationDocumentAdded(long consultationId, String caseNumber, long documentId) {
}
