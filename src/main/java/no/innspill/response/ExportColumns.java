package no.innspill.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import org.springframework.context.MessageSource;

/**
 * The columns of a response export, shared by CSV and XLSX: the registration (document number, received, channel,
 * respondent, publication, revisions), then one column per question or part, a choice's elaboration in the next one.
 * Headed and valued in the reader's language ("Dokumentnummer", "Ja", "Organisasjon", option labels), or by ids
 * ({@code labels=ids}: the headers and values integrations read, as the first CSV export had them).
 */
final class ExportColumns {

    /** One response with its files' names (an attachments question's cell names them). */
    record Row(StoredResponse response, List<Attachment> files) {
    }

    /**
     * @param value a {@link String} or an {@link Instant} (a date: text in CSV, a date cell in XLSX); never null
     * @param width the column's width in characters, for XLSX
     */
    record Column(String header, int width, Function<Row, Object> value) {
    }

    /** The columns of one XLSX sheet: a form section (the questions after a heading), with the registration in front. */
    record Section(String title, List<Column> columns) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final boolean ids;

    /** @param ids headers and values by id ({@code labels=ids}) rather than in the reader's language */
    ExportColumns(MessageSource messages, Locale locale, boolean ids) {
        this.messages = messages;
        this.locale = locale;
        this.ids = ids;
    }

    boolean ids() {
        return ids;
    }

    /** Every column of the form, in order: what the CSV holds. */
    List<Column> all(FormDefinition form) {
        List<Column> columns = registration();
        for (Question question : form.answerable()) {
            columns.addAll(answers(form, question));
        }
        return columns;
    }

    /**
     * The form's sections, each a sheet: the questions before the first heading (if any) and each heading's questions.
     * The first sheet holds the whole registration, the others the document number and respondent, so rows line up.
     */
    List<Section> sections(FormDefinition form) {
        List<Section> sections = new ArrayList<>();
        String title = null;
        List<Question> questions = new ArrayList<>();
        for (Question question : form.questions()) {
            if (question.isHeading()) {
                addSection(sections, form, title, questions);
                title = question.text();
                questions = new ArrayList<>();
            } else {
                questions.add(question);
            }
        }
        addSection(sections, form, title, questions);
        if (sections.isEmpty()) {
            sections.add(new Section(text("export.sheet.answers"), registration()));
        }
        return sections;
    }

    private void addSection(List<Section> sections, FormDefinition form, String title, List<Question> questions) {
        if (questions.isEmpty()) {
            return;
        }
        List<Column> columns = sections.isEmpty() ? registration() : new ArrayList<>(registration().subList(0, 1));
        if (!sections.isEmpty()) {
            columns.add(registration().get(RESPONDENT_COLUMN));
        }
        for (Question question : questions) {
            columns.addAll(answers(form, question));
        }
        sections.add(new Section(title == null || title.isBlank() ? text("export.sheet.answers") : title, columns));
    }

    private static final int RESPONDENT_COLUMN = 4;

    private List<Column> registration() {
        List<Column> columns = new ArrayList<>();
        columns.add(column("documentNumber", "export.column.document-number", 14, row -> row.response().documentNumber()));
        columns.add(column("receivedAt", "export.column.received", 20, row -> row.response().receivedAt()));
        columns.add(column("channel", "export.column.channel", 12, row -> ids ? row.response().channel().jsonName()
                : text("staff.channel." + row.response().channel().jsonName())));
        columns.add(column("late", "export.column.late", 9, row -> yesNo(row.response().late())));
        columns.add(column("respondentName", "export.column.respondent", 30, row -> row.response().respondent().name()));
        columns.add(column("respondentKind", "export.column.kind", 14, row -> ids ? row.response().respondent().kind().jsonName()
                : text("staff.kind." + row.response().respondent().kind().jsonName())));
        columns.add(column("organisationNumber", "export.column.organisation-number", 14,
                row -> orEmpty(row.response().respondent().organisationNumber())));
        columns.add(column("email", "export.column.email", 28, row -> orEmpty(row.response().respondent().email())));
        columns.add(column("contactName", "export.column.contact-name", 24, row -> {
            ContactPerson contact = row.response().respondent().contactPerson();
            return contact == null ? "" : orEmpty(contact.name());
        }));
        columns.add(column("contactPhone", "export.column.contact-phone", 14, row -> {
            ContactPerson contact = row.response().respondent().contactPerson();
            return contact == null ? "" : orEmpty(contact.phone());
        }));
        columns.add(column("publicationName", "export.column.publish-name", 12, row -> ids ? row.response().publication().nameValue()
                : yesNo(!"withhold".equals(row.response().publication().nameValue()))));
        columns.add(column("publishOnline", "export.column.publish-online", 12, row -> yesNo(row.response().publication().online())));
        columns.add(column("publicationReason", "export.column.publication-reason", 30,
                row -> orEmpty(row.response().publication().reason())));
        columns.add(column("revises", "export.column.revises", 14, row -> orEmpty(row.response().revisesDocumentNumber())));
        columns.add(column("supersededBy", "export.column.superseded-by", 14, row -> orEmpty(row.response().supersededByDocumentNumber())));
        return columns;
    }

    private List<Column> answers(FormDefinition form, Question question) {
        List<Column> columns = new ArrayList<>();
        String heading = question.number() + " " + question.text();
        String id = question.id();
        if (question.hasOptions()) {
            boolean multiple = question.kind() == QuestionKind.MULTIPLE_CHOICE;
            columns.add(new Column(ids ? id : heading, 24, row -> {
                Answer answer = answer(row, id);
                List<String> chosen = multiple ? answer.choices() : answer.choice() == null ? List.of() : List.of(answer.choice());
                return String.join(ids ? ";" : "; ", chosen.stream().map(option -> ids ? option : label(question, option)).toList());
            }));
            columns.add(new Column(ids ? id + ".text" : text("export.column.elaboration", heading), 50,
                    row -> orEmpty(answer(row, id).text())));
            return columns;
        }
        if (question.kind() == QuestionKind.ATTACHMENTS) {
            columns.add(new Column(ids ? id : heading, 30, row -> String.join("; ",
                    row.files().stream().filter(f -> id.equals(f.questionId())).map(Attachment::name).toList())));
            return columns;
        }
        columns.add(new Column(ids ? id : heading, 60, row -> orEmpty(answer(row, id).text())));
        for (Question.Part part : question.parts()) {
            columns.add(new Column(ids ? part.fullId() : question.number() + " " + part.title(), 60,
                    row -> orEmpty(answer(row, part.fullId()).text())));
        }
        return columns;
    }

    private Column column(String id, String key, int width, Function<Row, Object> value) {
        return new Column(ids ? id : text(key), width, value);
    }

    private static Answer answer(Row row, String id) {
        return row.response().answers().getOrDefault(id, Answer.EMPTY);
    }

    private static String label(Question question, String option) {
        return question.options().stream().filter(o -> o.id().equals(option)).map(Question.Option::label)
                .findFirst().orElse(option); // an option the form no longer has: its id
    }

    private String yesNo(boolean value) {
        return ids ? Boolean.toString(value) : text(value ? "export.yes" : "export.no");
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
