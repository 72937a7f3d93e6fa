package no.innspill.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.form.Forms;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.response.StoredResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The codings of a case as XLSX, for the staff page and the API: one row per input in document order, read a page at a
 * time with their responses, headers and dispositions worded in bokmål (what the høringsnotat is written in).
 */
@Component
class InputExport {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("document-number", "respondent", "kind", "part", "passage", "concerns",
            "disposition", "assessment", "analyst", "changed-at");
    private static final int CHUNK = 500;

    private final CodedInputs inputs;
    private final Forms forms;
    private final MessageSource messages;

    InputExport(CodedInputs inputs, Forms forms, MessageSource messages) {
        this.inputs = inputs;
        this.forms = forms;
        this.messages = messages;
    }

    /** Checks the size before a byte is written, so a refusal is a plain 422 rather than a broken download. */
    void write(Consultation consultation, InputFilter filter, HttpServletResponse response) throws IOException {
        if (inputs.total(consultation, filter) > InputXlsx.MAX_ROWS) {
            throw new InvalidInputException("Too many inputs for XLSX", List.of(FieldError.of("format", "XLSX holds at most "
                    + InputXlsx.MAX_ROWS + " inputs: narrow the filter").withCode("xlsx-too-many-rows")));
        }
        Map<String, String> parts = FormParts.labels(forms.get(consultation.form()));
        List<String> headers = COLUMNS.stream().map(column -> text("coding.export.column." + column)).toList();
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("innspill-" + consultation.slug() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        try (InputXlsx xlsx = new InputXlsx(text("coding.export.sheet"), headers)) {
            inputs.forEachPage(consultation, filter, CHUNK, page -> {
                Map<Integer, StoredResponse> responses = inputs.responsesOf(consultation, page);
                for (CodedInput input : page) {
                    StoredResponse from = responses.get(input.sequenceNumber());
                    List<Object> row = new ArrayList<>();
                    row.add(consultation.caseNumber() + "-" + input.sequenceNumber());
                    row.add(from == null ? null : from.respondent().name());
                    row.add(from == null ? null : text("staff.kind." + from.respondent().kind().jsonName()));
                    row.add(parts.getOrDefault(input.answerId(), input.answerId()));
                    row.add(input.passage());
                    row.add(String.join("; ", input.concerns().stream().map(c -> parts.getOrDefault(c, c)).toList()));
                    row.add(text(DispositionNames.messageKey(input.disposition())));
                    row.add(input.assessment());
                    row.add(input.analyst());
                    row.add(input.changedAt());
                    xlsx.write(row);
                }
            });
            xlsx.finish(response.getOutputStream());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, BOKMAL);
    }
}
