/**
 * The høringsliste: the bodies invited to answer a consultation, their invitations with a personal
 * link, who has answered (matched to registered responses) and reminders to those who have not.
 */
@ApplicationModule(allowedDependencies = {"consultation", "response", "mail", "platform", "platform :: jobs", "platform :: events"})
package no.innspill.invitation;

import org.springframework.modulith.ApplicationModule;
