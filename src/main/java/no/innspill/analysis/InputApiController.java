package no.innspill.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Forms;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidParameterException;
import no.innspill.platform.PublicLinks;
import no.innspill.response.StoredResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The coded inputs of a consultation (staff, by the API's security): list, read, create, change, delete, and as XLSX. */
@RestController
@RequestMapping("/api/v1/consultations/{slug}")
@Tag(name = "Analysis")
class InputApiController {

    static final int DEFAULT_LIMIT = 100;

    private final Consultations consultations;
    private final Forms forms;
    private final CodedInputs inputs;
    private final InputExport export;
    private final PublicLinks links;

    InputApiController(Consultations consultations, Forms forms, CodedInputs inputs, InputExport export, PublicLinks links) {
        this.consultations = consultations;
        this.forms = forms;
        this.inputs = inputs;
        this.export = export;
        this.links = links;
    }

    /** An input as the API gives it; {@code start} and {@code end} in code points of the answer's text. */
    record InputView(long id, int response, String documentNumber, String respondent, String answer, int start, int end,
                     String passage, List<String> concerns, String disposition, String assessment, String analyst,
                     Instant createdAt, Instant changedAt) {

        static InputView of(Consultation consultation, CodedInput input, StoredResponse response) {
            return new InputView(input.id(), input.sequenceNumber(), consultation.caseNumber() + "-" + input.sequenceNumber(),
                    response == null ? null : response.respondent().name(), input.answerId(), input.start(), input.end(),
                    input.passage(), input.concerns(), DispositionNames.jsonName(input.disposition()), input.assessment(),
                    input.analyst(), input.createdAt(), input.changedAt());
        }
    }

    @GetMapping("/inputs")
    @Operation(summary = "List the coded inputs (staff), in document order, paged by cursor",
            description = "Filters: part (an answer id of the form: inputs marked in it or its parts, or said to concern them) and "
                    + "disposition (adopted, partly-adopted, not-adopted, noted, or undecided for none yet). limit 1-1000 (default "
                    + "100). The next and previous pages are in the Link header (rel=\"next\", rel=\"prev\"); X-Total-Count is how "
                    + "many the filter holds.")
    @ApiResponse(responseCode = "400", description = "A filter, limit or cursor it does not take; \"errors\" names each", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<List<InputView>> list(@PathVariable String slug,
                                         @Parameter(description = "An answer id: q2, q2.goal1") @RequestParam(required = false) String part,
                                         @Parameter(description = "adopted, partly-adopted, not-adopted, noted or undecided")
                                         @RequestParam(required = false) String disposition,
                                         @Parameter(description = "From a Link header; opaque") @RequestParam(required = false) String cursor,
                                         @Parameter(description = "1-1000, default 100") @RequestParam(required = false) String limit) {
        Consultation consultation = consultations.getBySlug(slug);
        int size = limit(limit);
        InputFilter filter = InputFilter.of(part, disposition, forms.get(consultation.form()));
        CodedInputs.Page page = inputs.page(consultation, filter, cursor, size);
        Map<Integer, StoredResponse> responses = inputs.responsesOf(consultation, page.inputs());
        long total = inputs.total(consultation, filter);
        var reply = ResponseEntity.ok().header("X-Total-Count", Long.toString(total));
        List<String> linkValues = new ArrayList<>();
        if (page.next() != null) {
            linkValues.add("<" + pageLink(slug, filter, limit, page.next()) + ">; rel=\"next\"");
        }
        if (page.previous() != null) {
            linkValues.add("<" + pageLink(slug, filter, limit, page.previous()) + ">; rel=\"prev\"");
        }
        if (!linkValues.isEmpty()) {
            reply.header("Link", String.join(", ", linkValues));
        }
        return reply.body(page.inputs().stream().map(input -> InputView.of(consultation, input, responses.get(input.sequenceNumber()))).toList());
    }

    @GetMapping("/inputs/{id}")
    @Operation(summary = "One coded input (staff)")
    InputView get(@PathVariable String slug, @PathVariable long id) {
        Consultation consultation = consultations.getBySlug(slug);
        return view(consultation, inputs.get(consultation, id));
    }

    @PostMapping("/inputs")
    @Operation(summary = "Mark a passage of an answer as an input (staff)",
            description = "{\"response\": 7, \"answer\": \"q4\", \"start\": 10, \"end\": 21} or {…, \"passage\": \"the text\"} (found in "
                    + "the answer, white space ignored), \"concerns\": answer ids of the form and references such as \"Mål 2\" or "
                    + "\"§ 5\", \"disposition\": adopted, partly-adopted, not-adopted, noted or null, \"assessment\": up to 20,000 "
                    + "characters. Offsets count code points of the answer's text, end exclusive. 422 names each field that is "
                    + "wrong; the analyst is the logged-in user.")
    @ApiResponse(responseCode = "422", description = "A field breaks the rules (unknown response or answer, offsets outside the text, "
            + "end not after start, a passage not in the answer, an unknown concern or disposition, an assessment over 20,000 "
            + "characters); \"errors\" names each; nothing is stored", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<InputView> create(@PathVariable String slug, @RequestBody CodedInputs.Request request, Principal principal) {
        Consultation consultation = consultations.getBySlug(slug);
        CodedInput created = inputs.create(consultation, request, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/consultations/" + slug + "/inputs/" + created.id()))
                .body(view(consultation, created));
    }

    @PutMapping("/inputs/{id}")
    @Operation(summary = "Change a coded input (staff): the same body as to create one, replacing it whole")
    @ApiResponse(responseCode = "404", description = "No such consultation or input", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A field breaks the rules (unknown response or answer, offsets outside the text, "
            + "end not after start, a passage not in the answer, an unknown concern or disposition, an assessment over 20,000 "
            + "characters); \"errors\" names each; nothing is stored", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    InputView update(@PathVariable String slug, @PathVariable long id, @RequestBody CodedInputs.Request request, Principal principal) {
        Consultation consultation = consultations.getBySlug(slug);
        return view(consultation, inputs.update(consultation, id, request, principal.getName()));
    }

    @DeleteMapping("/inputs/{id}")
    @Operation(summary = "Delete a coded input (staff)")
    @ApiResponse(responseCode = "404", description = "No such consultation or input", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id) {
        inputs.delete(consultations.getBySlug(slug), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/inputs.xlsx")
    @Operation(summary = "The coded inputs as XLSX (staff), with the list's filters",
            description = "Columns: document number, respondent, kind, question/part, passage, concerns, disposition (in bokmål), "
                    + "assessment, analyst, changed at (Europe/Oslo). Streamed in document order.")
    @ApiResponse(responseCode = "400", description = "A filter, limit or cursor it does not take; \"errors\" names each", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    void xlsx(@PathVariable String slug, @RequestParam(required = false) String part, @RequestParam(required = false) String disposition,
              HttpServletResponse response) throws IOException {
        Consultation consultation = consultations.getBySlug(slug);
        export.write(consultation, InputFilter.of(part, disposition, forms.get(consultation.form())), response);
    }

    private InputView view(Consultation consultation, CodedInput input) {
        return InputView.of(consultation, input, inputs.responsesOf(consultation, List.of(input)).get(input.sequenceNumber()));
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= CodedInputs.MAX_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("Invalid limit", List.of(FieldError.of("limit", "must be a whole number from 1 to "
                + CodedInputs.MAX_PAGE).withCode("limit-invalid")));
    }

    private String pageLink(String slug, InputFilter filter, String limit, String cursor) {
        var link = UriComponentsBuilder.fromUriString(links.link("/api/v1/consultations/{slug}/inputs"));
        List<Object> values = new ArrayList<>(List.of(slug));
        java.util.function.BiConsumer<String, String> keep = (name, value) -> {
            if (value != null && !value.isBlank()) {
                link.queryParam(name, "{v" + values.size() + "}");
                values.add(value.strip());
            }
        };
        keep.accept("part", filter.part());
        keep.accept("disposition", filter.disposition());
        keep.accept("limit", limit);
        keep.accept("cursor", cursor);
        return link.encode().buildAndExpand(values.toArray()).toUriString();
    }
}
