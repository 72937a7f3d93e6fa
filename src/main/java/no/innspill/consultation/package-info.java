/**
 * Consultations (høringer): their case data (case number, title, owner, deadline, receiving address),
 * contact person, publication date, nynorsk/English texts, lifecycle (draft → scheduled → open →
 * closed) and the YAML definition they are imported from and exported to.
 * Other modules use {@link no.innspill.consultation.Consultations}; a consultation points at a form
 * version, which the form module keeps. Lifecycle changes are events: {@code ConsultationOpened},
 * {@code ConsultationClosed}, {@code ConsultationDeadlinePassed}.
 */
@ApplicationModule(allowedDependencies = {"form", "document", "document :: word", "platform", "platform :: yaml", "platform :: cache"})
package no.innspill.consultation;

import org.springframework.modulith.ApplicationModule;
