package no.innspill.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.innspill.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server (no {@code spring.mail.host}) mail is kept, readable, as held. */
@IntegrationTest
class OutboxHeldIT {

    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void without_smtp_a_mail_is_held_and_staff_can_read_it() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).as("no SMTP server configured").isEmpty();
        long first = outbox.enqueue(new OutgoingMail("kari@example.no", "Kvittering – æøå", "Takk for svaret.\nHilsen oss"));
        long second = outbox.enqueue(new OutgoingMail("ola@example.no", "Lenke til utkastet", "Her er lenken."));
        delivery.deliverDue(); // what the job does without SMTP

        OutboxEntry held = outbox.find(first).orElseThrow();
        assertThat(held.status()).isEqualTo(OutboxEntry.HELD);
        assertThat(held.to()).isEqualTo("kari@example.no");
        assertThat(held.subject()).isEqualTo("Kvittering – æøå");
        assertThat(held.textBody()).isEqualTo("Takk for svaret.\nHilsen oss");
        assertThat(held.attempts()).isZero();
        assertThat(held.sentAt()).isNull();
        assertThat(held.lastError()).isNull();
        assertThat(held.createdAt()).isNotNull();

        List<OutboxEntry> recent = outbox.recent(50);
        assertThat(recent).extracting(OutboxEntry::id).contains(first, second);
        assertThat(recent).extracting(OutboxEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(outbox.recent(1)).extracting(OutboxEntry::id).containsExactly(recent.get(0).id());
    }

    @Test
    void mail_left_pending_by_a_node_with_smtp_is_marked_held() {
        long id = outbox.enqueue(new OutgoingMail("kari@example.no", "Skrevet med SMTP", "Tekst"));
        jdbc.sql("update outbox_mail set status = 'pending' where id = ?").param(id).update();
        delivery.deliverDue();
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxEntry.HELD);
    }

    @Test
    void reading_is_bounded() {
        assertThatThrownBy(() -> outbox.recent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.recent(Outbox.MAX_RECENT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.find(Long.MAX_VALUE)).isEmpty();
    }
}
