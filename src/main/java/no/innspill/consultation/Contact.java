package no.innspill.consultation;

/** The person respondents may ask about a consultation; each part may be {@code null}. */
public record Contact(String name, String email, String phone) {

    public static final Contact NONE = new Contact(null, null, null);

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
