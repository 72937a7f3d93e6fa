/**
 * The archive: a stored PDF/A copy of every registered response, whatever way it came (web, API,
 * e-mail, paper), rendered in the background from the answers and the form version they answered.
 * {@link no.innspill.archive.ArchiveCopies} finds them for the case file, publication and the Noark 5 extract.
 */
@ApplicationModule(allowedDependencies = {"response", "consultation", "intake", "invitation", "form", "document", "platform", "platform :: jobs", "platform :: events"})
package no.innspill.archive;

import org.springframework.modulith.ApplicationModule;
