package no.innspill.consultation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innspill.platform.ConflictException;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.yaml.YamlErrorTexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case worker's consultations ({@code /saksbehandler}): every one with its response count,
 * and the forms on that page: create one from an uploaded YAML definition, open it. Closing, moving
 * the deadline and deleting a draft have pages of their own ({@link ConsultationLifecycleController}).
 * A definition's errors are worded in the case worker's language, each naming its field and line.
 */
@Controller
record StaffConsultationController(Consultations consultations, ObjectProvider<ResponseCounts> responseCounts) {

    private static final String OVERVIEW = "redirect:/saksbehandler";

    /**
     * A consultation with how many responses it has ({@code null} when no module counts them), and
     * its state as the case worker needs it: open with its deadline passed is "fristen er ute".
     */
    record Row(Consultation consultation, Integer responses, String statusKey) {

        static Row of(Consultation consultation, Integer responses, Instant now) {
            boolean deadlinePassed = consultation.status() == ConsultationStatus.OPEN && consultation.isLate(now);
            return new Row(consultation, responses, deadlinePassed ? "staff.status.deadline-passed"
                    : consultation.status() == ConsultationStatus.SCHEDULED ? "staff.status.scheduled-on"
                    : "staff.status." + consultation.status().dbValue());
        }

        /** When a scheduled consultation opens: the start of its publication date; {@code null} without one. */
        public Instant publishes() {
            return consultation.publicationDate() == null ? null
                    : consultation.publicationDate().atStartOfDay(no.innspill.platform.DateFormats.OSLO).toInstant();
        }
    }

    @GetMapping("/saksbehandler")
    String overview(Model model) {
        ResponseCounts counts = responseCounts.getIfAvailable();
        Instant now = Instant.now();
        model.addAttribute("rows", consultations.all().stream()
                .map(c -> Row.of(c, counts == null ? null : counts.count(c), now)).toList());
        return "consultation/overview";
    }

    @PostMapping("/saksbehandler/horinger")
    String create(@RequestParam(name = "definition", required = false) MultipartFile file, Locale locale, RedirectAttributes flash) {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("uploadErrors", List.of("staff.upload.empty"));
            return OVERVIEW;
        }
        try {
            Consultation created = consultations.create(utf8(file.getBytes()));
            flash.addFlashAttribute("created", created.caseNumber());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("definitionErrors", e.errors().stream()
                    .map(error -> YamlErrorTexts.text(error, ConsultationDefinitions.DOCUMENT, locale)).toList());
        } catch (ConflictException e) {
            flash.addFlashAttribute("uploadErrors", List.of("staff.upload.exists"));
        } catch (CharacterCodingException e) {
            flash.addFlashAttribute("uploadErrors", List.of("staff.upload.not-utf8"));
        } catch (IOException e) {
            flash.addFlashAttribute("uploadErrors", List.of("staff.upload.unreadable"));
        }
        return OVERVIEW;
    }

    @PostMapping("/saksbehandler/horinger/{slug}/apne")
    String open(@PathVariable String slug, Principal staff, RedirectAttributes flash) {
        try {
            consultations.open(slug, staff.getName());
            flash.addFlashAttribute("changed", "staff.opened");
        } catch (ConflictException e) {
            flash.addFlashAttribute("uploadErrors", List.of("staff.cannot-open"));
        }
        return OVERVIEW;
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
