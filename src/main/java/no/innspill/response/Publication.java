package no.innspill.response;

import java.util.List;
import no.innspill.consultation.PrivateNames;
import no.innspill.platform.FieldError;

/**
 * What the respondent said about publication when sending: a response is a public document
 * (offentleglova) and is published after the deadline.
 *
 * @param withholdName a private person is shown as "Privatperson" instead of by name ({@code "name": "withhold"})
 * @param online       {@code false}: the respondent asks that the response is not published online; it stays in the journal
 * @param reason       why not online; set exactly when {@code online} is false
 */
public record Publication(boolean withholdName, boolean online, String reason) {

    /** Name published, online: what a response gets when nothing was said and the consultation lets people choose. */
    public static final Publication DEFAULT = new Publication(false, true, null);

    public static final int MAX_REASON_LENGTH = 2000;

    /**
     * What a submission asked for, checked by itself (the {@link SubmissionReader}) but not yet against the
     * consultation.
     *
     * @param name {@code "publish"}, {@code "withhold"}, or {@code null} when not said
     */
    public record Asked(String name, boolean online, String reason) {
    }

    /** {@code "publish"} or {@code "withhold"}, as the JSON and the database write it. */
    public String nameValue() {
        return withholdName ? "withhold" : "publish";
    }

    /**
     * The publication of a response: what was asked, with the consultation's choice for private names. A
     * private person's name follows the consultation when it offers no choice (asking otherwise is an
     * error); an organisation's is always published (the reader refuses "withhold" for one).
     *
     * @param asked  {@code null} when the submission said nothing
     * @param errors where a name choice the consultation does not offer is reported
     */
    static Publication resolve(Asked asked, RespondentKind kind, PrivateNames privateNames, List<FieldError> errors) {
        boolean online = asked == null || asked.online();
        String reason = asked == null ? null : asked.reason();
        String name = asked == null ? null : asked.name();
        if (kind != RespondentKind.PERSON) {
            return new Publication(false, online, reason);
        }
        boolean withhold = switch (privateNames) {
            case CHOICE -> "withhold".equals(name);
            case PUBLISH -> false;
            case WITHHOLD -> true;
        };
        if (name != null && !privateNames.offersChoice() && withhold != "withhold".equals(name)) {
            errors.add(FieldError.of("publication.name", privateNames == PrivateNames.PUBLISH
                            ? "this consultation publishes every respondent's name; leave publication.name out"
                            : "this consultation shows every private person as \"Privatperson\"; leave publication.name out")
                    .withCode("name-choice-not-offered"));
        }
        return new Publication(withhold, online, reason);
    }
}
