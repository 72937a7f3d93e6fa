package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * All responses of a consultation as a download, for the API and the staff pages alike: CSV (one
 * column per answer id of the current form) or the JSON array of the API's response views. Written
 * as the responses are read, a page at a time, so an export holds one page in memory, not the case. The latest
 * versions only, unless asked for all (superseded responses left out in SQL).
 */
@Component
record ResponseExports(Responses responses, Forms forms, JsonMapper mapper, Attachments attachments) {

    private static final int PAGE = 500;

    void csv(Consultation consultation, Responses.Versions versions, HttpServletResponse http) throws IOException {
        http.setContentType("text/csv;charset=UTF-8");
        http.setHeader("Content-Disposition", "attachment; filename=\"horingssvar-" + consultation.slug() + ".csv\"");
        FormDefinition form = forms.get(consultation.form());
        Writer writer = new OutputStreamWriter(http.getOutputStream(), StandardCharsets.UTF_8);
        ResponseCsv csv = ResponseCsv.start(form, writer);
        eachPage(consultation, versions, page -> csv.write(page,
                attachments.list(consultation.id(), page.stream().map(StoredResponse::sequenceNumber).toList())));
        writer.flush();
    }

    void json(Consultation consultation, Responses.Versions versions, HttpServletResponse http) throws IOException {
        http.setContentType("application/json");
        http.setHeader("Content-Disposition", "attachment; filename=\"horingssvar-" + consultation.slug() + ".json\"");
        FormDefinition form = forms.get(consultation.form());
        OutputStream out = http.getOutputStream();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartArray();
            eachPage(consultation, versions, page -> {
                var files = attachments.list(consultation.id(), page.stream().map(StoredResponse::sequenceNumber).toList());
                page.forEach(response -> json.writePOJO(ResponseView.of(consultation, form, response,
                        files.getOrDefault(response.sequenceNumber(), List.of()))));
            });
            json.writeEndArray();
        }
    }

    private void eachPage(Consultation consultation, Responses.Versions versions, Consumer<List<StoredResponse>> action) {
        int after = 0;
        List<StoredResponse> page;
        do {
            page = responses.list(consultation, after, PAGE, versions);
            action.accept(page);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).sequenceNumber();
            }
        } while (page.size() == PAGE);
    }
}
