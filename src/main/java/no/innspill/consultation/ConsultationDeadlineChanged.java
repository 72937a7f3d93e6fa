package no.innspill.consultation;

import java.time.Instant;

/** Staff moved the deadline of an open consultation; published in the transaction that moves it. */
public record ConsultationDeadlineChanged(long consultationId, String caseNumber, Instant previousDeadline, Instant deadline,
                                          String reason) {
}
