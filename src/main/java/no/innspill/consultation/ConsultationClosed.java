package no.innspill.consultation;

/** Staff closed a consultation: the public can no longer answer, whatever its deadline. */
public record ConsultationClosed(long consultationId, String caseNumber) {
}
