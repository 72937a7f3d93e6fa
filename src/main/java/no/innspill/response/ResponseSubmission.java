package no.innspill.response;

import java.util.Map;
import no.innspill.form.Answer;

/**
 * A response as submitted, in the one JSON shape of PRODUCT.md: a respondent and answers by id.
 *
 * @param noComments  the respondent has no comments ("ingen merknader"): a complete response whose answers may be empty
 * @param publication what the respondent said about publication; {@code null} when nothing was said, and then the
 *                    consultation's choice for private names (else {@link Publication#DEFAULT}) applies
 */
public record ResponseSubmission(Respondent respondent, Map<String, Answer> answers, boolean noComments, Publication.Asked publication) {

    public ResponseSubmission(Respondent respondent, Map<String, Answer> answers, boolean noComments) {
        this(respondent, answers, noComments, null);
    }

    public ResponseSubmission(Respondent respondent, Map<String, Answer> answers) {
        this(respondent, answers, false, null);
    }
}
