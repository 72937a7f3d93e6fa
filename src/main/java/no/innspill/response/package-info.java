/**
 * Responses (høringssvar): validation against the form, submission, and document numbering in the
 * case (22/414-1, -2, …). {@link no.innspill.response.SubmitResponse} is the one way in;
 * {@link no.innspill.response.Responses} reads what is stored.
 */
package no.innspill.response;
