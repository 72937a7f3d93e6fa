package no.innspill.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.QuestionKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Responses as CSV: registration columns (with the contact person and what the respondent said about
 * publication, and the document numbers a revised response revises and is superseded by), then one column per answer id (a choice question's
 * elaboration in a second column, {@code q1.text}); a multiple choice's column holds the chosen
 * option ids in the form's order joined by {@code ;}, its elaboration again in {@code q5.text}. Written with a UTF-8 BOM so spreadsheet
 * programs show æøå, and with cells that would start a formula made harmless.
 */
final class ResponseCsv {

    private final FormDefinition form;
    private final CSVPrinter csv;

    private ResponseCsv(FormDefinition form, CSVPrinter csv) {
        this.form = form;
        this.csv = csv;
    }

    /** Writes the byte-order mark and the header; the caller's writer is not closed. */
    static ResponseCsv start(FormDefinition form, Writer out) {
        List<String> header = new ArrayList<>(List.of("documentNumber", "receivedAt", "channel", "late",
                "respondentName", "respondentKind", "organisationNumber", "email", "contactName", "contactPhone",
                "publicationName", "publishOnline", "publicationReason", "revises", "supersededBy"));
        for (String id : form.answerIds()) {
            header.add(id);
            var target = form.target(id).orElseThrow();
            if (target.takesChoice() || target.takesChoices()) {
                header.add(id + ".text");
            }
        }
        try {
            out.write('\ufeff');
            // not closed: closing the printer would close the caller's stream
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
            return new ResponseCsv(form, printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(List<StoredResponse> responses) {
        write(responses, Map.of());
    }

    /** @param files the responses' files by sequence number: an attachments question's cell names them */
    void write(List<StoredResponse> responses, Map<Integer, List<Attachment>> files) {
        try {
            for (StoredResponse response : responses) {
                csv.printRecord(row(response, files.getOrDefault(response.sequenceNumber(), List.of())));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> row(StoredResponse response, List<Attachment> files) {
        List<String> row = new ArrayList<>(List.of(response.documentNumber(),
                ResponseView.oslo(response.receivedAt()).toString(), response.channel().jsonName(),
                Boolean.toString(response.late()), safe(response.respondent().name()),
                response.respondent().kind().jsonName(), nullToEmpty(response.respondent().organisationNumber()),
                safe(response.respondent().email())));
        ContactPerson contact = response.respondent().contactPerson();
        row.add(safe(contact == null ? null : contact.name()));
        row.add(safe(contact == null ? null : contact.phone()));
        row.add(response.publication().nameValue());
        row.add(Boolean.toString(response.publication().online()));
        row.add(safe(response.publication().reason()));
        row.add(nullToEmpty(response.revisesDocumentNumber()));
        row.add(nullToEmpty(response.supersededByDocumentNumber()));
        for (String id : form.answerIds()) {
            Answer answer = response.answers().getOrDefault(id, Answer.EMPTY);
            var target = form.target(id).orElseThrow();
            if (target.takesChoice()) {
                row.add(nullToEmpty(answer.choice()));
            }
            if (target.takesChoices()) {
                row.add(String.join(";", answer.choices()));
            }
            if (target.part() == null && target.question().kind() == QuestionKind.ATTACHMENTS) {
                row.add(safe(String.join("; ", files.stream().filter(f -> id.equals(f.questionId())).map(Attachment::name).toList())));
                continue;
            }
            row.add(safe(answer.text()));
        }
        return row;
    }

    /**
     * A cell starting with = + - @ (or ;, the list separator Norwegian spreadsheets accept in
     * formulas, or a tab or CR) could run as a formula in a spreadsheet (CSV injection).
     */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == ';' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
