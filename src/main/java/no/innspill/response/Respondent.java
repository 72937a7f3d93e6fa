package no.innspill.response;

/**
 * Who answered.
 *
 * @param organisationNumber nine digits with a valid MOD11 check digit, or {@code null}
 * @param email              where a receipt may go, or {@code null}
 */
public record Respondent(String name, RespondentKind kind, String organisationNumber, String email) {
}
