/**
 * Intake: responses that arrive as files rather than through the web form. {@link no.innspill.intake.Extractor}
 * turns an e-mailed Word or PDF response (or a letter) into answers aligned to the consultation's
 * form, with warnings and a confidence for the person who reviews it.
 */
@ApplicationModule(allowedDependencies = {"consultation", "form", "document", "document :: word", "response", "response :: answerform", "platform", "platform :: events"})
package no.innspill.intake;

import org.springframework.modulith.ApplicationModule;
