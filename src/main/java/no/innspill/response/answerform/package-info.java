/**
 * The form of answers, as the respondent's web form and the case worker's intake review both show
 * it: what was typed ({@link no.innspill.response.answerform.AnswerFormData}), the inputs a page
 * renders ({@link no.innspill.response.answerform.AnswerFormView}, with the fragments in
 * {@code templates/fragments/answer-form.html}) and one check with the API's rules
 * ({@link no.innspill.response.answerform.AnswerFormValidation}).
 */
@NamedInterface("answerform")
package no.innspill.response.answerform;

import org.springframework.modulith.NamedInterface;
