/**
 * The form engine: form definitions written as YAML, and the rules an answer must follow.
 * Consultations refer to a form and never reach into it; they ask this module through
 * {@link no.innspill.form.FormDefinitions} and {@link no.innspill.form.AnswerValidator}.
 */
package no.innspill.form;
