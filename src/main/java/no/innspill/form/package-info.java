/**
 * The form engine: a form's questions, introduction and themes, stored as immutable versions
 * ({@link no.innspill.form.Forms}, {@link no.innspill.form.FormRef}), read from and written to the
 * form fields of a YAML definition ({@link no.innspill.form.FormDefinitions}), and the rules an
 * answer must follow ({@link no.innspill.form.AnswerValidator}). Knows nothing of consultations:
 * they refer to a form version and ask this module about it.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: yaml", "platform :: cache"})
package no.innspill.form;

import org.springframework.modulith.ApplicationModule;
