package no.innspill.consultation;

/**
 * A consultation's title and introduction in nynorsk or English; either may be {@code null}, and
 * then respondents who chose that language read the bokmål one.
 */
public record Translation(String title, String intro) {

    public static final Translation NONE = new Translation(null, null);

    public boolean isEmpty() {
        return title == null && intro == null;
    }
}
