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

    /**
     * An absolute link on the host and port the client reached us at (behind a proxy, as the proxy's
     * forwarded headers say, when server.forward-headers-strategy is set).
     */
    @GetMapping("/responses")
    @Operation(summary = "List responses in document-number order (staff); page with after= and limit=; the latest versions "
            + "only unless versions=all (then superseded responses too)")
    List<ResponseView> list(@PathVariable String slug,
                            @RequestParam(defaultValue = "0") int after,
                            @RequestParam(defaultValue = "100") int limit,
                            @Parameter(description = "latest (default): responses no revision replaced; all: superseded ones too")
                            @RequestParam(required = false) String versions) {
        Consultation consultation = consultations.getBySlug(slug);
        FormDefinition form = forms.get(consultation.form());
        List<StoredResponse> page = responses.list(consultation, after, limit, Responses.Versions.of(versions));
        var files = attachments.list(consultation.id(), page.stream().map(StoredResponse::sequenceNumber).toList());
        return page.stream().map(r -> ResponseView.of(consultation, form, r, files.getOrDefault(r.sequenceNumber(), List.of()))).toList();
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
