package no.innspill.invitation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.MalformedInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The høringsliste through the API (staff). */
@RestController
@RequestMapping("/api/v1/consultations/{slug}/invitees")
@Tag(name = "Consultations")
class InviteeApiController {

    private static final Set<String> FIELDS = Set.of("name", "organisationNumber", "email", "kind");

    private final Consultations consultations;
    private final Invitees invitees;
    private final JsonMapper mapper;

    InviteeApiController(Consultations consultations, Invitees invitees, JsonMapper mapper) {
        this.consultations = consultations;
        this.invitees = invitees;
        this.mapper = mapper;
    }

    /** An invitee as the API shows it; {@code responses} are the document numbers of the responses that answer it. */
    record InviteeView(String name, String organisationNumber, String email, String kind, OffsetDateTime invitedAt,
                       OffsetDateTime remindedAt, boolean answered, List<String> responses) {

        static InviteeView of(Invitee i) {
            return new InviteeView(i.name(), i.organisationNumber(), i.email(), i.kind().code(), oslo(i.invitedAt()), oslo(i.remindedAt()),
                    i.answered(), i.responses().stream().map(Invitee.Answer::documentNumber).toList());
        }

        private static OffsetDateTime oslo(java.time.Instant instant) {
            return instant == null ? null : instant.atZone(DateFormats.OSLO).toOffsetDateTime();
        }
    }

    @GetMapping
    @Operation(summary = "The høringsliste, sorted by name, each invitee with whether it has answered and the document numbers"
            + " of its responses (staff)")
    List<InviteeView> list(@PathVariable String slug) {
        return invitees.list(consultations.getBySlug(slug)).stream().map(InviteeView::of).toList();
    }

    @PutMapping(consumes = "application/json")
    @Operation(summary = "Replace the høringsliste with a JSON array [{\"name\", \"organisationNumber\", \"email\", \"kind\"}] (staff)",
            description = "All or nothing: any invalid element (422) changes nothing; each error names rows[n] (n from 1) and the field."
                    + " Invitees that stay (same organisation number, else same e-mail) keep their invitation, reminder and responses."
                    + " kind is one of statlig, kommune, organisasjon, privat, annet (the default).")
    List<InviteeView> replaceFromJson(@PathVariable String slug, @RequestBody byte[] body) {
        return replace(slug, InviteeRows.check(readJson(body)));
    }

    @PutMapping(consumes = {"text/csv", "application/csv"})
    @Operation(summary = "Replace the høringsliste with a CSV list: UTF-8, ; or , separated, the header row navn;organisasjonsnummer;e-post;type"
            + " (or name;organisationNumber;email;kind) (staff)",
            description = "All or nothing, as the JSON form; each error names rows[n] with n the line in the file.")
    List<InviteeView> replaceFromCsv(@PathVariable String slug, @RequestBody byte[] body) {
        if (body.length > InviteeListReader.MAX_BYTES) {
            throw InviteeRows.fileError("too-large", "is " + body.length + " bytes; a list may be at most " + InviteeListReader.MAX_BYTES + " bytes");
        }
        return replace(slug, InviteeRows.check(InviteeListReader.readCsv(body)));
    }

    private List<InviteeView> replace(String slug, List<InviteeEntry> entries) {
        Consultation consultation = consultations.getBySlug(slug);
        invitees.replace(consultation, entries);
        return invitees.list(consultation).stream().map(InviteeView::of).toList();
    }

    private List<InviteeRows.Raw> readJson(byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : mapper.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedInputException("The body is not valid JSON; send an array of invitees");
        }
        if (root == null || !root.isArray()) {
            throw new MalformedInputException("The body must be a JSON array of invitees: [{\"name\": …, \"organisationNumber\": …, \"email\": …}]");
        }
        if (root.size() > InviteeRows.MAX_ROWS) {
            throw InviteeRows.fileError("too-many-rows", "has " + root.size() + " invitees; a list takes at most " + InviteeRows.MAX_ROWS,
                    InviteeRows.MAX_ROWS);
        }
        List<InviteeRows.Raw> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int row = 0;
        for (JsonNode element : root) {
            row++;
            if (!element.isObject()) {
                errors.add(InviteeRows.error(row, "name", "not-an-object", "must be an object with name, organisationNumber and email"));
                continue;
            }
            for (String field : element.propertyNames()) {
                if (!FIELDS.contains(field)) {
                    errors.add(InviteeRows.error(row, field.length() > 40 ? field.substring(0, 40) : field, "unknown-field",
                            "is not a field; the fields are name, organisationNumber, email and kind"));
                }
            }
            rows.add(new InviteeRows.Raw(row, text(element, "name", row, errors), text(element, "organisationNumber", row, errors),
                    text(element, "email", row, errors), text(element, "kind", row, errors)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The list has " + errors.size() + " problem(s); nothing was imported", errors);
        }
        return rows;
    }

    private static String text(JsonNode element, String field, int row, List<FieldError> errors) {
        JsonNode value = element.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && field.equals("organisationNumber")) {
            return value.asString(); // 974652714 written as a number
        }
        if (!value.isString()) {
            errors.add(InviteeRows.error(row, field, "not-a-string", "must be a string"));
            return null;
        }
        return value.stringValue();
    }
}
