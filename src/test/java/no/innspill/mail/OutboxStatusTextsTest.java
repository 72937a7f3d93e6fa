package no.innspill.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every outbox status has a label for the staff's outbox page (that every language has it is MessageBundlesTest's job). */
class OutboxStatusTextsTest {

    @Test
    void every_status_has_a_label() {
        ResourceBundle bokmal = ResourceBundle.getBundle("i18n/mail", Locale.ROOT);
        for (String status : List.of(OutboxEntry.PENDING, OutboxEntry.HELD, OutboxEntry.SENT, OutboxEntry.FAILED)) {
            assertThat(bokmal.getString("mail.status." + status)).isNotBlank();
        }
    }
}
