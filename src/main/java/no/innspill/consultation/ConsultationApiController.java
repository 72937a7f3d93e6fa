package no.innspill.consultation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.form.FormRef;
import no.innspill.form.Forms;
import no.innspill.form.Question;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations")
record ConsultationApiController(Consultations consultations, Forms forms) {

    static final String STAFF = "STAFF";

    /** A consultation's form as the API shows it: the version new responses answer, and its content. */
    record FormResource(int version, String intro, List<String> themes, List<Question> questions) {
    }

    @GetMapping
    @Operation(summary = "List consultations (staff also see drafts)")
    List<ConsultationView> list(HttpServletRequest request) {
        Instant now = Instant.now();
        boolean staff = request.isUserInRole(STAFF);
        return consultations.all().stream()
                .filter(c -> staff || c.isPublic())
                .map(c -> view(c, now))
                .toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One consultation, by case number with a dash (22-414)")
    ConsultationView get(@PathVariable String slug, HttpServletRequest request) {
        return view(visible(slug, request), Instant.now());
    }

    @GetMapping("/{slug}/form")
    @Operation(summary = "The consultation's form: the version new responses answer, with its questions")
    FormResource form(@PathVariable String slug, HttpServletRequest request) {
        Consultation consultation = visible(slug, request);
        FormDefinition form = forms.get(consultation.form());
        return new FormResource(consultation.form().version(), form.intro(), form.themes(), form.questions());
    }

    @PutMapping(path = "/{slug}/form", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain",
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Replace the consultation's form: its intro, themes and questions, in YAML or JSON (staff)",
            description = "The body holds the form's fields of a definition (docs/forms.md) and becomes the form's next version."
                    + " A draft's form changes freely. Once opened, `reason` is required and the change is logged. Once the"
                    + " consultation has responses, question ids and kinds and the ids of options and parts are frozen: a change"
                    + " of them is refused (422, codes frozen-*). `basedOn` (the version the change was made from) refuses the"
                    + " change with 409 when someone saved another version since. A closed consultation's form is refused (409).")
    FormResource replaceForm(@PathVariable String slug, @RequestBody String body,
                             @RequestParam(required = false) String reason, @RequestParam(required = false) Integer basedOn,
                             Principal staff) {
        FormDefinition next = FormDefinitions.parse(body.replace('\t', ' ')); // a JSON body's tabs, as for create
        Consultation current = consultations.getBySlug(slug);
        FormRef base = basedOn == null || basedOn < 1 ? null : current.form().withVersion(basedOn);
        Consultation revised = consultations.reviseForm(slug, base, next, reason, staff.getName());
        FormDefinition form = forms.get(revised.form());
        return new FormResource(revised.form().version(), form.intro(), form.themes(), form.questions());
    }

    @GetMapping(path = "/{slug}/definition", produces = "application/yaml")
    @Operation(summary = "The consultation as a YAML definition, as it can be imported again (staff)")
    ResponseEntity<String> definition(@PathVariable String slug) {
        Consultation consultation = consultations.getBySlug(slug);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"horing-" + slug + ".yaml\"")
                .body(ConsultationDefinitions.toYaml(consultations.definition(consultation)));
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Create a draft consultation from a YAML form definition (staff)",
            description = "The case number may be written 22/414 or 2022/414, the same case either way (409 when it exists);"
                    + " the answer shows it as 22/414 with its slug 22-414. Errors (422) name field, line, code and an English"
                    + " message (docs/forms.md).")
    ResponseEntity<ConsultationView> create(@RequestBody String yaml) {
        Consultation created = consultations.create(yaml);
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + created.slug()))
                .body(view(created, Instant.now()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft consultation from the same definition written as JSON (staff)",
            description = "The fields and rules are those of the YAML definition (docs/forms.md); errors name the JSON's line.")
    ResponseEntity<ConsultationView> createFromJson(@RequestBody String json) {
        // JSON is YAML's flow style, so the one reader reads it, with the same errors and lines. A raw tab can only be
        // white space between tokens in JSON (inside a string it must be escaped), and YAML refuses it there: make it a space.
        return create(json.replace('\t', ' '));
    }

    @PostMapping("/{slug}/open")
    @Operation(summary = "Open a draft consultation for responses (staff)")
    ConsultationView open(@PathVariable String slug, Principal staff) {
        return view(consultations.open(slug, staff.getName()), Instant.now());
    }

    @PostMapping("/{slug}/schedule")
    @Operation(summary = "Schedule a draft to open by itself at the start of its publication date, Europe/Oslo (staff)",
            description = "409 when it is no draft, its publication date is not after today, or its deadline comes before that date.")
    ConsultationView schedule(@PathVariable String slug, Principal staff) {
        return view(consultations.schedule(slug, staff.getName()), Instant.now());
    }

    @PostMapping("/{slug}/unschedule")
    @Operation(summary = "Take a scheduled consultation back to a draft (staff)")
    ConsultationView unschedule(@PathVariable String slug, Principal staff) {
        return view(consultations.unschedule(slug, staff.getName()), Instant.now());
    }

    @PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the consultation's details (staff)",
            description = "A JSON object with caseNumber, title, owner, contactName, contactEmail, contactPhone, responseEmail,"
                    + " emailInstructions, publicationDate (2027-03-01), deadline (2027-03-31T23:59, Europe/Oslo; absent: unchanged),"
                    + " titleNn, introNn, titleEn, introEn, privateNames (choice, publish or withhold: what a private person may"
                    + " choose about their name when responses are published; absent: choice) and, once it has opened, reason. An absent or blank optional field is"
                    + " cleared. The case number changes only in a draft without responses; an opened consultation's deadline"
                    + " changes through PUT …/deadline. Errors (422) name each field with a code; nothing is changed then.")
    ConsultationView changeDetails(@PathVariable String slug, @RequestBody Map<String, Object> body, Principal staff) {
        ConsultationDetails details = new ConsultationDetails(string(body, "caseNumber"), string(body, "title"),
                string(body, "owner"), string(body, "contactName"), string(body, "contactEmail"), string(body, "contactPhone"),
                string(body, "responseEmail"), string(body, "emailInstructions"), string(body, "publicationDate"),
                string(body, "deadline"), string(body, "titleNn"), string(body, "introNn"), string(body, "titleEn"),
                string(body, "introEn"), string(body, "privateNames"));
        return view(consultations.changeDetails(slug, details, string(body, "reason"), staff.getName()), Instant.now());
    }

    @PostMapping("/{slug}/close")
    @Operation(summary = "Close a consultation; no more public responses (staff)")
    ConsultationView close(@PathVariable String slug, Principal staff) {
        return view(consultations.close(slug, staff.getName()), Instant.now());
    }

    @PutMapping("/{slug}/deadline")
    @Operation(summary = "Move the deadline, with the reason logged: {\"deadline\": \"2026-12-31T23:59\", \"reason\": \"…\"};"
            + " the deadline in Europe/Oslo, or with an offset (staff)")
    ConsultationView changeDeadline(@PathVariable String slug, @RequestBody Map<String, Object> body, Principal staff) {
        Object value = body.get("deadline");
        if (!(value instanceof String text)) {
            throw new InvalidInputException("No deadline given", List.of(FieldError.of("deadline", "is missing; give a date-time such as 2026-12-31T23:59")));
        }
        Object reason = body.get("reason");
        if (reason != null && !(reason instanceof String)) {
            throw new InvalidInputException("Unreadable reason", List.of(FieldError.of("reason", "must be a string")));
        }
        return view(consultations.changeDeadline(slug, parseDeadline(text), (String) reason, staff.getName()), Instant.now());
    }

    private static String string(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value != null && !(value instanceof String)) {
            throw new InvalidInputException("Unreadable " + field, List.of(FieldError.of(field, "must be a string").withCode("not-a-string")));
        }
        return (String) value;
    }

    private ConsultationView view(Consultation consultation, Instant now) {
        return ConsultationView.of(consultation, forms.get(consultation.form()), now);
    }

    private Consultation visible(String slug, HttpServletRequest request) {
        Consultation consultation = consultations.getBySlug(slug);
        if (!consultation.isPublic() && !request.isUserInRole(STAFF)) {
            throw new NotFoundException("There is no consultation " + slug);
        }
        return consultation;
    }

    private static Instant parseDeadline(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(DateFormats.OSLO).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("Unreadable deadline", List.of(FieldError.of("deadline",
                        "\"" + text + "\" is not a date-time such as 2026-12-31T23:59")));
            }
        }
    }
}
