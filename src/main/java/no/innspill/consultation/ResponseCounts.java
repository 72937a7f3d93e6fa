package no.innspill.consultation;

/**
 * How many responses a consultation has, for the staff overview. Responses are another module's,
 * and that module depends on this one, so it implements this interface rather than this module
 * asking it.
 */
public interface ResponseCounts {

    int count(Consultation consultation);
}
