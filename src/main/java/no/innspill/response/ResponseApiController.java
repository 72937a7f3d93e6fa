package no.innspill.response;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.platform.PublicLinks;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.InvalidParameterException;
import no.innspill.platform.MalformedInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.response.SubmitResponse.Submitter;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/v1/consultations/{slug}")
@Tag(name = "Responses")
record ResponseApiController(Consultations consultations, Forms forms, SubmitResponse submitResponse,
                             Responses responses, SubmissionReader reader, Attachments attachments,
                             PublicLinks links) {

    private static final String STAFF = "STAFF";
    /** File parts for the response as a whole: "attachment" as the issue names them, "attachments" as first built. */
    private static final Set<String> TOP_LEVEL_PARTS = Set.of("attachment", "attachments");

    @PostMapping(path = "/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a response, as JSON or with files (multipart)",
            description = "Anyone may submit while the consultation is open. Returns 201 with the document number, the respondent's "
                    + "receipt page and its PDF/A copy (receiptUrl, pdfUrl, also in the Link header); Location is the response "
                    + "for staff. Staff may add \"channel\" (web, api, email, paper) and \"receivedAt\" to register a response "
                    + "that came another way, also after the deadline (flagged late). With files, send multipart/form-data: the "
                    + "JSON in a part \"response\", each file in a part named by the attachments question it answers (q3), or "
                    + "\"attachment\" when the form has no such question. A revised response names the response it replaces in "
                    + "\"revises\" (\"22/414-3\"): it gets a number of its own, the earlier one is kept and marked superseded; "
                    + "without a \"respondent\" it takes the earlier one's.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SubmissionSchema.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = SubmissionSchema.WithFiles.class),
                    encoding = @Encoding(name = "response", contentType = MediaType.APPLICATION_JSON_VALUE))})
    @ApiResponse(responseCode = "201", description = "Registered (or, with the same Idempotency-Key, registered before)",
            headers = {@Header(name = "Location", description = "The response (staff)", schema = @Schema(type = "string")),
                    @Header(name = "Link", description = "rel=\"receipt\" and the PDF copy", schema = @Schema(type = "string")),
                    @Header(name = "Idempotent-Replayed", schema = @Schema(type = "boolean"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReceiptView.class)))
    @ApiResponse(responseCode = "400", description = "Not JSON, or no part \"response\"", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "channel or receivedAt set without staff login", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such consultation", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The consultation takes no responses (not open, closed, deadline passed), or "
            + "the response named in \"revises\" was revised before (the detail names the latest version)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The body or a file is over the size limits", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Neither application/json nor multipart/form-data", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Fields or files break the rules, or the Idempotency-Key was used for another "
            + "request; \"errors\" names each field with a code; nothing is stored", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReceiptView> submit(
            @PathVariable String slug,
            @Parameter(description = "Any unique string per response; a retry with the same key returns the first result")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody byte[] body,
            HttpServletRequest request) {
        return submit(slug, idempotencyKey, body, List.of(), DigestUtils.sha256Hex(body), request);
    }

    @PostMapping(path = "/responses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Hidden // documented with the JSON variant: one operation, two request bodies
    ResponseEntity<ReceiptView> submitWithFiles(
            @PathVariable String slug,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            MultipartHttpServletRequest request) throws IOException {
        byte[] body = responsePart(request);
        List<Upload> uploads = new ArrayList<>();
        StringBuilder digest = new StringBuilder(DigestUtils.sha256Hex(body));
        for (var entry : request.getMultiFileMap().entrySet()) {
            if (entry.getKey().equals("response")) {
                continue;
            }
            for (MultipartFile file : entry.getValue()) {
                byte[] bytes = file.getBytes();
                uploads.add(new Upload(TOP_LEVEL_PARTS.contains(entry.getKey()) ? null : entry.getKey(), file.getOriginalFilename(), bytes));
                digest.append(entry.getKey()).append(DigestUtils.sha256Hex(bytes));
            }
        }
        return submit(slug, idempotencyKey, body, uploads, DigestUtils.sha256Hex(digest.toString()), request);
    }

    private static byte[] responsePart(MultipartHttpServletRequest request) throws IOException {
        MultipartFile file = request.getFile("response");
        if (file != null) {
            return file.getBytes();
        }
        String value = request.getParameter("response");
        if (value == null) {
            throw new MalformedInputException("A multipart response needs a part \"response\" with the response as JSON");
        }
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private ResponseEntity<ReceiptView> submit(String slug, String idempotencyKey, byte[] body, List<Upload> uploads, String requestHash,
                                               HttpServletRequest request) {
        Instant now = Instant.now();
        checkIdempotencyKey(idempotencyKey);
        Consultation consultation = consultations.getBySlug(slug);
        var read = reader.read(body);
        boolean staff = request.isUserInRole(STAFF);
        if (!read.errors().isEmpty()) { // report the answers' problems in the same round
            List<FieldError> errors = new ArrayList<>(read.errors());
            FormDefinition form = forms.get(consultation.form());
            errors.addAll(AnswerValidator.errors(form, read.submission().answers(), !staff, !uploads.isEmpty()));
            attachments.check(form, List.of(), uploads, errors);
            throw new InvalidInputException("The response is not valid", errors);
        }
        if (!staff && (read.channel() != null && read.channel() != Channel.API || read.receivedAt() != null)) {
            throw new AccessDeniedException("Only logged-in staff may set channel or receivedAt");
        }
        // document numbers are public (the public journal): naming one must not let anybody replace a response
        if (!staff && read.revises() != null) {
            throw new AccessDeniedException("Only logged-in staff may set revises; a respondent sends a revised response from "
                    + "the receipt page of the first (its link is in the receipt)");
        }
        Channel channel = read.channel() == null ? Channel.API : read.channel();
        Instant receivedAt = read.receivedAt() == null ? now : read.receivedAt();
        if (receivedAt.isAfter(now.plusSeconds(60))) {
            throw new InvalidInputException("Received in the future", List.of(FieldError.of("receivedAt", "lies in the future")));
        }
        var accepted = submitResponse.submit(new SubmitResponse.Request(consultation, read.submission(), channel,
                ResponseSource.API, receivedAt, staff ? Submitter.STAFF : Submitter.PUBLIC, idempotencyKey, requestHash, uploads, List.of(),
                read.revises()));
        StoredResponse stored = accepted.response();
        String receipt = links.link(ReceiptController.path(stored.receiptToken()));
        String pdf = links.link(ReceiptController.pdfPath(stored.receiptToken()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/consultations/" + slug + "/responses/" + stored.sequenceNumber()))
                .header("Link", "<" + receipt + ">; rel=\"receipt\"", "<" + pdf + ">; rel=\"alternate\"; type=\"application/pdf\"")
                .header("Idempotent-Replayed", Boolean.toString(accepted.replayed()))
                .body(ReceiptView.of(stored, consultation.caseNumber(), receipt, pdf));
    }

    static final int DEFAULT_LIMIT = 100;

    @GetMapping("/responses")
    @Operation(summary = "List responses (staff): filtered, searched, sorted, paged by cursor",
            description = "A JSON array of responses. Filters as query parameters (choice, repeatable, q1:yes; kind; channel; "
                    + "late, attachments, invitee: yes|no; answered: an answer id; versions: latest|all), q for a full-text search "
                    + "(words, \"a phrase\", or, -word, prefix*) and in to scope it to one question; with q each response carries an "
                    + "\"excerpt\" (plain text). sort (number, received, name, kind, channel, relevance with q) and order (asc|desc); "
                    + "limit 1-1000 (default 100). The next and previous pages are in the Link header (rel=\"next\", "
                    + "rel=\"prev\": absolute URLs keeping every parameter, with an opaque cursor); the number of responses the "
                    + "filter holds is X-Total-Count, or for a search with more hits than the count cap X-Total-Count-Lower-Bound. "
                    + "The old after=N (responses after document number N, document-number order) still works but is deprecated: "
                    + "follow the Link header instead.")
    @ApiResponse(responseCode = "200", description = "One page of responses",
            headers = {@Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" (RFC 8288), when there are such pages",
                    schema = @Schema(type = "string")),
                    @Header(name = "X-Total-Count", description = "How many responses the filter holds", schema = @Schema(type = "integer")),
                    @Header(name = "X-Total-Count-Lower-Bound", description = "Instead of X-Total-Count for a search with more hits "
                            + "than are counted exactly: at least this many", schema = @Schema(type = "integer"))})
    @ApiResponse(responseCode = "400", description = "A parameter has a value it does not take; \"errors\" names each", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<List<ResponseView>> list(@PathVariable String slug,
                                            @org.springdoc.core.annotations.ParameterObject ResponseFilter.Params params,
                                            @Parameter(description = "number (default), received, name, kind, channel; relevance with q")
                                            @RequestParam(required = false) String sort,
                                            @Parameter(description = "asc (default; desc for relevance) or desc")
                                            @RequestParam(required = false) String order,
                                            @Parameter(description = "From a Link header; opaque")
                                            @RequestParam(required = false) String cursor,
                                            @Parameter(description = "1-1000, default 100") @RequestParam(required = false) String limit,
                                            @Parameter(deprecated = true, description = "Deprecated: the responses after this document "
                                                    + "number (document-number order); follow the Link header's cursor instead")
                                            @RequestParam(required = false) String after) {
        List<FieldError> errors = new ArrayList<>();
        int size = limit(limit, errors);
        Integer afterNumber = after(after, cursor, sort, errors);
        ResponseFilter filter = null;
        ResponseSort shownSort = ResponseSort.DEFAULT;
        try {
            filter = params.filter();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        try {
            shownSort = ResponseSort.parse(sort, order);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException("Invalid list parameters", errors);
        }
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        String from = afterNumber != null && afterNumber > 0
                ? new ResponseSort.Cursor(ResponseSort.Key.NUMBER, false, "", afterNumber).encode() : cursor;
        ResponseSort.Page page;
        try {
            page = responses.page(consultation, filter, shownSort, from, size);
        } catch (InvalidInputException e) { // a cursor of another list, relevance without q
            throw new InvalidParameterException(e.getMessage(), e.errors());
        }
        var files = attachments.list(consultation.id(), page.responses().stream().map(StoredResponse::sequenceNumber).toList());
        var excerpts = responses.excerpts(consultation, filter.search(), page.responses());
        List<ResponseView> body = page.responses().stream()
                .map(r -> ResponseView.of(consultation, form, r, files.getOrDefault(r.sequenceNumber(), List.of()))
                        .withExcerpt(excerpts.containsKey(r.sequenceNumber()) ? excerpts.get(r.sequenceNumber()).text() : null))
                .toList();
        Responses.Count total = responses.countHits(consultation, filter);
        var reply = ResponseEntity.ok()
                .header(total.exact() ? "X-Total-Count" : "X-Total-Count-Lower-Bound", Integer.toString(total.value()));
        List<String> linkValues = new ArrayList<>();
        if (page.next() != null) {
            linkValues.add("<" + pageLink(slug, params, sort, order, limit, page.next()) + ">; rel=\"next\"");
        }
        if (page.previous() != null) {
            linkValues.add("<" + pageLink(slug, params, sort, order, limit, page.previous()) + ">; rel=\"prev\"");
        }
        if (!linkValues.isEmpty()) {
            reply.header("Link", String.join(", ", linkValues));
        }
        return reply.body(body);
    }

    /**
     * An absolute link to another page of the same list: every parameter kept, the cursor replaced, after dropped.
     * Values go in as URI variables so that the builder encodes them strictly ({@code &}, {@code +} and {@code #} too).
     */
    private String pageLink(String slug, ResponseFilter.Params params, String sort, String order, String limit, String cursor) {
        var link = org.springframework.web.util.UriComponentsBuilder.fromUriString(links.link("/api/v1/consultations/{slug}/responses"));
        List<Object> values = new ArrayList<>();
        values.add(slug);
        java.util.Map<String, List<String>> query = new java.util.LinkedHashMap<>(params.query());
        java.util.function.BiConsumer<String, String> keep = (name, value) -> {
            if (value != null && !value.isBlank()) {
                query.put(name, List.of(value.strip()));
            }
        };
        keep.accept("sort", sort);
        keep.accept("order", order);
        keep.accept("limit", limit);
        keep.accept("cursor", cursor);
        query.forEach((name, list) -> list.forEach(value -> {
            link.queryParam(name, "{v" + values.size() + "}");
            values.add(value);
        }));
        return link.encode().buildAndExpand(values.toArray()).toUriString();
    }

    private static int limit(String limit, List<FieldError> errors) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= Responses.MAX_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of("limit", "must be a whole number from 1 to " + Responses.MAX_PAGE).withCode("limit-invalid"));
        return DEFAULT_LIMIT;
    }

    /** The deprecated after=N: document-number order only, and not with a cursor. */
    private static Integer after(String after, String cursor, String sort, List<FieldError> errors) {
        if (after == null || after.isBlank()) {
            return null;
        }
        if (cursor != null && !cursor.isBlank()) {
            errors.add(FieldError.of("after", "cannot be given with cursor: follow the Link header's cursor alone")
                    .withCode("after-with-cursor"));
            return null;
        }
        if (sort != null && !sort.isBlank() && !sort.equals(ResponseSort.Key.NUMBER.param())) {
            errors.add(FieldError.of("after", "pages in document-number order only: use cursor with sort").withCode("after-with-sort"));
            return null;
        }
        try {
            int value = Integer.parseInt(after.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of("after", "must be a document number (the number after the dash), 0 or more").withCode("after-invalid"));
        return null;
    }

    @GetMapping("/responses/{number}")
    @Operation(summary = "One response by the number after the dash in its document number: 22-414/responses/7 is 22/414-7 (staff)")
    ResponseView get(@PathVariable String slug, @PathVariable int number) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        return responses.find(consultation, number)
                .map(r -> ResponseView.of(consultation, form, r, attachments.list(consultation.id(), r.sequenceNumber())))
                .orElseThrow(() -> new NotFoundException("There is no document " + consultation.caseNumber() + "-" + number));
    }

    @GetMapping("/responses/{number}/attachments/{position}")
    @Operation(summary = "One attached file of a response, by its position (1, 2, …) in the response's \"attachments\" (staff)")
    ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable int number, @PathVariable int position) {
        Consultation consultation = consultations.getBySlug(slug);
        Attachment file = attachments.get(consultation.id(), number, position)
                .orElseThrow(() -> new NotFoundException("Document " + consultation.caseNumber() + "-" + number + " has no attachment " + position));
        return AttachmentDownload.of(file);
    }

    private static void checkIdempotencyKey(String key) {
        if (key != null && (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
            throw new InvalidInputException("Bad idempotency key", List.of(FieldError.of("Idempotency-Key",
                    "must be 1–255 visible ASCII characters, such as a UUID")));
        }
    }

}
