package no.innspill.invitation;

/**
 * One invitee as given (a row of a list, a form, a JSON element), checked.
 *
 * @param organisationNumber nine digits with a valid MOD11 check digit, or {@code null}
 * @param email              or {@code null}: such an invitee gets no mail
 */
record InviteeEntry(String name, String organisationNumber, String email, InviteeKind kind) {
}
