package no.innspill.response;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The response exports, for the staff pages ({@code /saksbehandler/horinger/{slug}/eksport.csv}) and the API
 * ({@code /api/v1/consultations/{slug}/export/responses.csv}); both staff-only by their paths (SecurityConfiguration).
 * The list's filters and search apply. Every parameter is checked before a byte of the body is written, so bad input
 * is a plain 400 (problem+json in the API), never a broken download.
 */
@RestController
@Tag(name = "Responses")
record ResponseExportController(Consultations consultations, Responses responses, ResponseExports exports) {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");
    private static final List<String> LANGUAGES = List.of("nb", "nn", "en");

    /** Headers and values in the page's language (the language chosen on the pages, bokmål by default). */
    @Hidden
    @GetMapping("/saksbehandler/horinger/{slug}/eksport.{format}")
    void staff(@PathVariable String slug, @PathVariable String format, ResponseFilter.Params params,
               @RequestParam(required = false) String separator, @RequestParam(required = false) String labels,
               Locale locale, HttpServletResponse response) throws IOException {
        export(slug, format, params, separator, labels, supported(locale), response);
    }

    @GetMapping({"/api/v1/consultations/{slug}/export/responses.csv", "/api/v1/consultations/{slug}/export/responses.xlsx",
            "/api/v1/consultations/{slug}/export/responses.json", "/api/v1/consultations/{slug}/export/responses.jsonl"})
    @Operation(summary = "The responses as CSV, XLSX, a JSON array or JSON lines (staff), with the list's filters and search",
            description = "The filter parameters are the list's (choice, kind, channel, late, "
                    + "attachments, invitee, answered, q, in, versions: the latest versions unless versions=all). CSV and XLSX have "
                    + "headers and values in the language of Accept-Language (nb, nn or en; bokmål by default), one column per "
                    + "question; labels=ids gives answer ids as headers and option ids as values instead. CSV is UTF-8 with a BOM, "
                    + "separated by ; unless separator=comma. JSON holds the response views of GET …/responses/{number}; "
                    + "jsonl one of them per line. Streamed in document-number order.")
    void api(@PathVariable String slug, @org.springdoc.core.annotations.ParameterObject ResponseFilter.Params params,
             @RequestParam(required = false) @Parameter(description = "semicolon (default) or comma, for CSV") String separator,
             @RequestParam(required = false) @Parameter(description = "text (default) or ids") String labels,
             HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        export(slug, path.substring(path.lastIndexOf('.') + 1), params, separator, labels, acceptLanguage(request.getHeader("Accept-Language")), response);
    }

    private void export(String slug, String extension, ResponseFilter.Params params, String separator, String labels,
                        Locale locale, HttpServletResponse response) throws IOException {
        ResponseExports.Format format = ResponseExports.Format.of(extension)
                .orElseThrow(() -> new NotFoundException("There is no export as ." + extension));
        Consultation consultation = consultations.getBySlug(slug);
        List<FieldError> errors = new ArrayList<>();
        ResponseFilter filter = null;
        try {
            filter = params.filter();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        ResponseCsv.Separator cells = ResponseCsv.Separator.SEMICOLON;
        if (separator != null && !separator.isBlank()) {
            if (separator.equals("comma")) {
                cells = ResponseCsv.Separator.COMMA;
            } else if (!separator.equals("semicolon")) {
                errors.add(FieldError.of("separator", "must be semicolon or comma").withCode("separator-unknown"));
            }
        }
        boolean ids = false;
        if (labels != null && !labels.isBlank()) {
            if (labels.equals("ids")) {
                ids = true;
            } else if (!labels.equals("text")) {
                errors.add(FieldError.of("labels", "must be text or ids").withCode("labels-unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new no.innspill.platform.InvalidParameterException("Bad export parameters", errors);
        }
        // a sheet holds 1,048,576 rows: refused before the download starts rather than broken off at the limit
        if (format == ResponseExports.Format.XLSX && responses.count(consultation, filter) > ResponseXlsx.MAX_ROWS) {
            throw new InvalidInputException("Too many responses for XLSX", List.of(FieldError.of("format",
                    "XLSX holds at most " + ResponseXlsx.MAX_ROWS + " responses: narrow the filter or export CSV or JSON lines")
                    .withCode("xlsx-too-many-rows")));
        }
        exports.write(consultation, filter, format, new ResponseExports.Options(locale, ids, cells), response);
    }

    /** The first language of the header the exports are written in; bokmål for none, another or a malformed header. */
    static Locale acceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return BOKMAL;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("no")) {
                    return BOKMAL;
                }
                if (LANGUAGES.contains(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        } catch (IllegalArgumentException e) {
            return BOKMAL;
        }
        return BOKMAL;
    }

    private static Locale supported(Locale locale) {
        return locale != null && LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : BOKMAL;
    }
}
