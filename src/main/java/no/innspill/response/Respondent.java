package no.innspill.response;

/**
 * Who answered.
 *
 * @param organisationNumber nine digits with a valid MOD11 check digit, or {@code null}
 * @param email              where a receipt may go, or {@code null}
 * @param contactPerson      an organisation's contact person, or {@code null}
 */
public record Respondent(String name, RespondentKind kind, String organisationNumber, String email, ContactPerson contactPerson) {

    /** A respondent without contact person. */
    public Respondent(String name, RespondentKind kind, String organisationNumber, String email) {
        this(name, kind, organisationNumber, email, null);
    }
}
