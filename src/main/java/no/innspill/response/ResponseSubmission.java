package no.innspill.response;

import java.util.Map;
import no.innspill.form.Answer;

/** A response as submitted, in the one JSON shape of PRODUCT.md: a respondent and answers by id. */
public record ResponseSubmission(Respondent respondent, Map<String, Answer> answers) {
}
