package no.innspill.statements;

import no.innspill.platform.DateFormats;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The two statement pages; public, like every page outside {@code /saksbehandler}. */
@Controller
@EnableConfigurationProperties(StatementsProperties.class)
class StatementsController {

    private final StatementsProperties properties;

    StatementsController(StatementsProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute
    void statements(Model model) {
        model.addAttribute("statements", properties);
        model.addAttribute("statementDate", properties.statementDate().atStartOfDay(DateFormats.OSLO).toInstant());
    }

    @GetMapping("/tilgjengelighet")
    String accessibility() {
        return "statements/accessibility";
    }

    @GetMapping("/personvern")
    String privacy() {
        return "statements/privacy";
    }
}
