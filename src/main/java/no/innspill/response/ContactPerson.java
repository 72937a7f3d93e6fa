package no.innspill.response;

/**
 * Whom the consulting body may ask about an organisation's response; both optional, never both {@code null}.
 *
 * @param phone as written (digits with spaces, dashes or parentheses, an optional + first)
 */
public record ContactPerson(String name, String phone) {
}
