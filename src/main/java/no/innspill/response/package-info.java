/**
 * Responses (høringssvar): validation against the form, submission, and document numbering in the
 * case (22/414-1, -2, …). {@link no.innspill.response.SubmitResponse} is the one way in;
 * {@link no.innspill.response.Responses} reads what is stored.
 */
@ApplicationModule(allowedDependencies = {"consultation", "form", "document", "mail", "platform", "platform :: jobs", "platform :: events", "platform :: cache"})
package no.innspill.response;

import org.springframework.modulith.ApplicationModule;
