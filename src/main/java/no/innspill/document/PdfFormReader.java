package no.innspill.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.innspill.form.Answer;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinition.AnswerTarget;
import no.innspill.form.Question.Option;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Reads a filled-in fillable blank form ({@link ResponseDocuments#blankFormPdf}) back from its
 * AcroForm fields, exactly as typed and ticked, never from the page's text. The field names
 * (fully qualified, dots between levels; a PDF field's own name cannot hold a dot, so every
 * answer id is a level):
 * <ul>
 *   <li>{@code respondent.kind} radio group, on-states {@code organisation} and {@code person};
 *       {@code respondent.name}, {@code respondent.organisationNumber}, {@code respondent.email},
 *       {@code respondent.contactName}, {@code respondent.contactPhone} one-line text fields;</li>
 *   <li>{@code q1.choice} the radio group of a choice, each option's on-state its id;</li>
 *   <li>{@code q3.choice.mal3} one check box per option of a multiple choice (on-state the option's id);</li>
 *   <li>{@code q1.text} a question's text: the elaboration of a (multiple) choice, a text answer,
 *       the general comments of a question with parts;</li>
 *   <li>{@code q2.part.goal1} the text of a part (answer id {@code q2.goal1}).</li>
 *   <li>{@code publication.name} radio group, on-states {@code publish} and {@code withhold} (only when the
 *       consultation lets private persons choose); {@code publication.online} check box, ticked when the response
 *       is not to be published online (on-state {@code false}, the web form's value); {@code publication.reason}
 *       a text field. Forms made before they were asked lack them, which is no warning.</li>
 * </ul>
 * Parts, choices and texts are levels of their own, so no id a form may use ({@code [a-z][a-z0-9_]*})
 * can make two names the same.
 */
public final class PdfFormReader {

    public static final String RESPONDENT_KIND = "respondent.kind";
    public static final String RESPONDENT_NAME = "respondent.name";
    public static final String RESPONDENT_ORGANISATION_NUMBER = "respondent.organisationNumber";
    public static final String RESPONDENT_EMAIL = "respondent.email";
    public static final String RESPONDENT_CONTACT_NAME = "respondent.contactName";
    public static final String RESPONDENT_CONTACT_PHONE = "respondent.contactPhone";
    public static final String PUBLICATION_NAME = "publication.name";
    public static final String PUBLICATION_ONLINE = "publication.online";
    public static final String PUBLICATION_REASON = "publication.reason";

    private static final Set<String> KINDS = Set.of("organisation", "person");

    /**
     * What the fields hold; {@code null} where a field is empty or missing.
     *
     * @param respondentKind {@code organisation} or {@code person}
     * @param answers        every answer id of the form, in form order; an empty answer is {@link Answer#EMPTY}
     * @param warnings       fields of this form the PDF lacks ({@code missing-control}), as notices the
     *                       module that shows them words
     * @param publication    what was ticked and written about publication; {@link FilledPublication#NONE} when nothing
     */
    public record Filled(String respondentKind, String respondentName, String organisationNumber, String email,
                         String contactName, String contactPhone, Map<String, Answer> answers, List<Notice> warnings,
                         FilledPublication publication) {

        public Filled {
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            warnings = List.copyOf(warnings);
            publication = publication == null ? FilledPublication.NONE : publication;
        }
    }

    private final Map<String, PDField> fields = new LinkedHashMap<>();
    private final Set<Notice> warnings = new LinkedHashSet<>();

    private PdfFormReader() {
    }

    /**
     * @return empty when the PDF has no field of this form (another PDF, or a printed and scanned
     *         one): its answers are then to be found in its text
     */
    public static Optional<Filled> read(PDDocument document, FormDefinition form) {
        Objects.requireNonNull(form, "form");
        PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm(null);
        if (acroForm == null) {
            return Optional.empty();
        }
        PdfFormReader reader = new PdfFormReader();
        for (PDField field : acroForm.getFieldTree()) {
            reader.fields.put(field.getFullyQualifiedName(), field);
        }
        if (!reader.hasFieldOf(form)) {
            return Optional.empty();
        }
        return Optional.of(reader.filled(form));
    }

    /** The name of the field for an answer's text: {@code q1.text}, {@code q2.part.goal1}. */
    public static String textField(AnswerTarget target) {
        return target.part() == null ? target.question().id() + ".text"
                : target.question().id() + ".part." + target.part().id();
    }

    /** The radio group of a single choice, {@code q1.choice}. */
    public static String choiceField(String questionId) {
        return questionId + ".choice";
    }

    /** The check box of one option of a multiple choice, {@code q3.choice.mal3}. */
    public static String optionField(String questionId, String optionId) {
        return choiceField(questionId) + "." + optionId;
    }

    private boolean hasFieldOf(FormDefinition form) {
        return fields.keySet().stream().anyMatch(name -> name.startsWith("respondent.") || name.startsWith("publication.")
                || form.questions().stream().anyMatch(question -> name.startsWith(question.id() + ".")));
    }

    private Filled filled(FormDefinition form) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String id : form.answerIds()) {
            AnswerTarget target = form.target(id).orElseThrow();
            String choice = target.takesChoice() ? radio(choiceField(id)) : null;
            List<String> choices = target.takesChoices() ? ticked(target) : List.of();
            String text = target.textLimit() > 0 ? text(textField(target)) : null;
            Answer answer = new Answer(choice, text, choices);
            answers.put(id, answer.isEmpty() ? Answer.EMPTY : answer);
        }
        String kind = radio(RESPONDENT_KIND);
        return new Filled(kind != null && KINDS.contains(kind) ? kind : null, line(RESPONDENT_NAME), line(RESPONDENT_ORGANISATION_NUMBER),
                line(RESPONDENT_EMAIL), line(RESPONDENT_CONTACT_NAME), line(RESPONDENT_CONTACT_PHONE), answers, new ArrayList<>(warnings),
                publication());
    }

    /** Read without a warning for a field the PDF lacks: older forms, and forms of consultations that offer no name choice. */
    private FilledPublication publication() {
        String name = fields.get(PUBLICATION_NAME) instanceof PDRadioButton radio ? radio.getValue() : null;
        boolean notOnline = fields.get(PUBLICATION_ONLINE) instanceof PDCheckBox box && box.isChecked();
        String reason = fields.get(PUBLICATION_REASON) instanceof PDTextField text ? AnswerValidator.normaliseText(text.getValue()) : null;
        return new FilledPublication(name, notOnline, reason);
    }

    private List<String> ticked(AnswerTarget target) {
        List<String> ticked = new ArrayList<>();
        for (Option option : target.question().options()) {
            PDField field = field(optionField(target.question().id(), option.id()));
            if (field instanceof PDCheckBox box && box.isChecked()) {
                ticked.add(option.id());
            }
        }
        return ticked;
    }

    private String radio(String name) {
        PDField field = field(name);
        if (!(field instanceof PDRadioButton radio)) {
            return null;
        }
        String value = radio.getValue();
        return value == null || value.isBlank() || "Off".equals(value) ? null : value;
    }

    /**
     * A text as typed, normalised as the web form's answers are ({@link AnswerValidator#normaliseText}: line
     * ends as {@code \n}, which PDF viewers write as {@code \r}, typed bullets as "• "); {@code null} when blank.
     */
    private String text(String name) {
        PDField field = field(name);
        return field instanceof PDTextField text ? AnswerValidator.normaliseText(text.getValue()) : null;
    }

    private String line(String name) {
        String value = text(name);
        return value == null ? null : value.replace('\n', ' ');
    }

    private PDField field(String name) {
        PDField field = fields.get(name);
        if (field == null) {
            warnings.add(Notice.of("missing-control", name));
        }
        return field;
    }
}
