package no.innspill.response;

import java.util.Map;
import no.innspill.form.Answer;

/**
 * A response as submitted, in the one JSON shape of PRODUCT.md: a respondent and answers by id.
 *
 * @param noComments the respondent has no comments ("ingen merknader"): a complete response whose answers may be empty
 */
public record ResponseSubmission(Respondent respondent, Map<String, Answer> answers, boolean noComments) {

    public ResponseSubmission(Respondent respondent, Map<String, Answer> answers) {
        this(respondent, answers, false);
    }
}
