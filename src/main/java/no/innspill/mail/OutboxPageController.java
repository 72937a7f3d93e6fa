package no.innspill.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Staff read the outbox: what was sent, what waits, and — without SMTP — what is held back. */
@Controller
class OutboxPageController {

    private final Outbox outbox;

    OutboxPageController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/saksbehandler/utboks")
    String outbox(Model model) {
        model.addAttribute("mails", outbox.recent(200));
        return "staff/outbox";
    }
}
