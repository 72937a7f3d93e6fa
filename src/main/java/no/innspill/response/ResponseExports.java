package no.innspill.response;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filtered responses of a consultation as a download, for the API and the staff pages alike: CSV, XLSX, a JSON
 * array of the API's response views, or JSON lines. Read from a database cursor a chunk at a time
 * ({@link Responses#forEachChunk}) and written as read, so an export of any size holds one chunk (XLSX: the last rows
 * of each sheet, the rest in temporary files until the workbook is written).
 */
@Component
record ResponseExports(Responses responses, Forms forms, JsonMapper mapper, Attachments attachments, MessageSource messages) {

    /** What an export is written as, by its file extension. */
    enum Format {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        JSON("json", "application/json"),
        JSONL("jsonl", "application/x-ndjson");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        static java.util.Optional<Format> of(String extension) {
            return java.util.Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
        }
    }

    /**
     * How to write: the reader's language, whether headers and values are ids ({@code labels=ids}), the CSV separator.
     */
    record Options(Locale locale, boolean ids, ResponseCsv.Separator separator) {
    }

    /** The file's name: {@code horingssvar-22-414.csv}, with {@code -utvalg} when the filter leaves some out. */
    static String fileName(Consultation consultation, ResponseFilter filter, Format format) {
        String caseNumber = consultation.caseNumber().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        boolean selection = !filter.choices().isEmpty() || filter.kind() != null || filter.channel() != null
                || filter.late() != null || filter.attachments() != null || filter.invitee() != null
                || filter.answered() != null || filter.search() != null;
        return "horingssvar-" + caseNumber + (selection ? "-utvalg" : "") + "." + format.extension;
    }

    /** Sets the headers and writes the export; the filter is parsed (and refused) before this is called. */
    void write(Consultation consultation, ResponseFilter filter, Format format, Options options, HttpServletResponse http)
            throws IOException {
        http.setContentType(format.contentType);
        http.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(consultation, filter, format) + "\"");
        http.setHeader("X-Content-Type-Options", "nosniff");
        FormDefinition form = forms.get(consultation.form());
        OutputStream out = new BufferedOutputStream(http.getOutputStream(), 64 * 1024);
        switch (format) {
            case CSV -> csv(consultation, filter, form, options, out);
            case XLSX -> xlsx(consultation, filter, form, options, out);
            case JSON -> json(consultation, filter, form, out);
            case JSONL -> jsonLines(consultation, filter, form, out);
        }
        out.flush();
    }

    private void csv(Consultation consultation, ResponseFilter filter, FormDefinition form, Options options, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ExportColumns columns = new ExportColumns(messages, options.locale(), options.ids());
        ResponseCsv csv = ResponseCsv.start(columns.all(form), options.ids(), options.separator(), writer);
        eachChunk(consultation, filter, csv::write);
        writer.flush();
    }

    private void xlsx(Consultation consultation, ResponseFilter filter, FormDefinition form, Options options, OutputStream out)
            throws IOException {
        ExportColumns columns = new ExportColumns(messages, options.locale(), options.ids());
        try (ResponseXlsx xlsx = new ResponseXlsx(columns.sections(form), columns.text("export.sheet.answers"))) {
            eachChunk(consultation, filter, xlsx::write);
            xlsx.finish(out);
        }
    }

    private void json(Consultation consultation, ResponseFilter filter, FormDefinition form, OutputStream out) {
        // not closed: that would close the response's stream before it is flushed
        JsonGenerator json = mapper.createGenerator(out);
        json.writeStartArray();
        eachChunk(consultation, filter, rows -> rows.forEach(row ->
                json.writePOJO(ResponseView.of(consultation, form, row.response(), row.files()))));
        json.writeEndArray();
        json.flush();
    }

    private void jsonLines(Consultation consultation, ResponseFilter filter, FormDefinition form, OutputStream out) {
        eachChunk(consultation, filter, rows -> {
            try {
                for (ExportColumns.Row row : rows) {
                    out.write(mapper.writeValueAsBytes(ResponseView.of(consultation, form, row.response(), row.files())));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Each chunk from the cursor with its files' names, read in one query per chunk. */
    private void eachChunk(Consultation consultation, ResponseFilter filter, Consumer<List<ExportColumns.Row>> action) {
        responses.forEachChunk(consultation, filter, chunk -> {
            Map<Integer, List<Attachment>> files = attachments.list(consultation.id(),
                    chunk.stream().map(StoredResponse::sequenceNumber).toList());
            action.accept(chunk.stream().map(r -> new ExportColumns.Row(r, files.getOrDefault(r.sequenceNumber(), List.of()))).toList());
        });
    }
}
