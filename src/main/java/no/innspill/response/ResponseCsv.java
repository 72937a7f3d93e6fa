package no.innspill.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * All responses of a consultation as CSV: registration columns, then one column per answer id
 * (a choice question's elaboration in a second column, {@code q1.text}). Written with a UTF-8 BOM
 * so spreadsheet programs show æøå, and with cells that would start a formula made harmless.
 */
final class ResponseCsv {

    private ResponseCsv() {
    }

    static void write(Consultation consultation, List<StoredResponse> responses, Writer out) {
        FormDefinition form = consultation.form();
        List<String> header = new ArrayList<>(List.of("documentNumber", "receivedAt", "channel", "late",
                "respondentName", "respondentKind", "organisationNumber", "email"));
        for (String id : form.answerIds()) {
            boolean choice = form.target(id).orElseThrow().takesChoice();
            header.add(id);
            if (choice) {
                header.add(id + ".text");
            }
        }
        try {
            out.write('\ufeff');
            // not closed: closing the printer would close the caller's stream
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            {
                csv.printRecord(header);
                for (StoredResponse response : responses) {
                    List<String> row = new ArrayList<>(List.of(response.documentNumber(),
                            ResponseView.oslo(response.receivedAt()).toString(), response.channel().jsonName(),
                            Boolean.toString(response.late()), safe(response.respondent().name()),
                            response.respondent().kind().jsonName(), nullToEmpty(response.respondent().organisationNumber()),
                            safe(response.respondent().email())));
                    for (String id : form.answerIds()) {
                        Answer answer = response.answers().getOrDefault(id, Answer.EMPTY);
                        if (form.target(id).orElseThrow().takesChoice()) {
                            row.add(nullToEmpty(answer.choice()));
                        }
                        row.add(safe(answer.text()));
                    }
                    csv.printRecord(row);
                }
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection). */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
