package no.innspill.consultation;

import java.time.Instant;

/**
 * The deadline of an open consultation has passed; published once per consultation (again only if
 * its deadline is moved and passes anew), within the hour after the deadline.
 */
public record ConsultationDeadlinePassed(long consultationId, String caseNumber, Instant deadline) {
}
