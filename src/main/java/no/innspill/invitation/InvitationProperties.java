package no.innspill.invitation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the høringsliste.
 *
 * @param reminderInterval how often the reminder job looks for reminders that are due
 */
@ConfigurationProperties("innspill.invitation")
record InvitationProperties(@DefaultValue("5m") Duration reminderInterval) {

    InvitationProperties {
        if (reminderInterval.isNegative() || reminderInterval.isZero()) {
            throw new IllegalArgumentException("innspill.invitation.reminder-interval must be positive");
        }
    }
}
