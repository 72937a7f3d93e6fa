package no.innspill.document;

/**
 * What a respondent ticked and wrote about publication on a filled-in blank form (the fillable PDF's
 * fields {@code publication.name}, {@code publication.online}, {@code publication.reason}; the Word form's
 * controls of the same names), as read, before anyone checks it against the consultation.
 *
 * @param name      {@code publish} or {@code withhold} (a private person's name or «Privatperson»); {@code null} when
 *                  neither, or both, is ticked
 * @param notOnline the box «do not publish online» is ticked
 * @param reason    why not online, as written; {@code null} when empty, and read also when the box is not ticked
 */
public record FilledPublication(String name, boolean notOnline, String reason) {

    /** Nothing ticked or written, or a file without the fields. */
    public static final FilledPublication NONE = new FilledPublication(null, false, null);

    public static final String PUBLISH = "publish";
    public static final String WITHHOLD = "withhold";

    public FilledPublication {
        if (name != null && !name.equals(PUBLISH) && !name.equals(WITHHOLD)) {
            name = null;
        }
        reason = reason == null || reason.isBlank() ? null : reason;
    }
}
