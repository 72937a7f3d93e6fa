package no.innspill.consultation;

/** A consultation began to take responses from the public. */
public record ConsultationOpened(long consultationId, String caseNumber) {
}
