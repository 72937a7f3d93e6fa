package no.innspill.document.word;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.innspill.document.FileLimits;
import no.innspill.document.FilledPublication;
import no.innspill.document.Notice;
import no.innspill.document.word.WordFormControls.Control;
import no.innspill.form.Answer;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinition.AnswerTarget;
import no.innspill.form.Question.Option;
import org.apache.poi.ooxml.POIXMLProperties.CustomProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a filled-in {@link WordForm} back, control by control through their tags: the respondent's
 * kind, name, organisation number, e-mail and contact person, what they say about publication, the ticked box of each choice (every ticked box of a
 * multiple choice) and the text of each answer.
 * Untouched controls (still showing Word's placeholder) read as {@code null}. What needs a person's
 * eye — two boxes ticked, fields that are missing or unknown, the form of another case — becomes
 * a warning, never a guess.
 */
public final class WordFormReader {

    /**
     * A filled-in form, in the shape of PRODUCT.md.
     *
     * @param answers  every answer id of the form, in form order; an empty answer is {@link Answer#EMPTY}
     * @param warnings for the case worker who reviews the import, as notices the module that shows them words
     * @param tagged   the document has controls tagged the way the Word form tags them (perhaps of another
     *                 version of the form); when not, its answers are better found in its text
     * @param respondentKind {@code organisation} or {@code person} when exactly one of their boxes is ticked
     * @param contactName    the contact person; {@code null} also in forms made before it was asked
     * @param publication    what was ticked and written about publication; {@link FilledPublication#NONE} also in forms
     *                       made before it was asked
     */
    public record Filled(String respondentName, String organisationNumber, String email, Map<String, Answer> answers,
                         List<Notice> warnings, boolean tagged, String respondentKind, String contactName, String contactPhone,
                         FilledPublication publication) {

        public Filled {
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            warnings = List.copyOf(warnings);
            publication = publication == null ? FilledPublication.NONE : publication;
        }
    }

    private final FormDefinition form;
    private final String caseNumber;
    private final Map<String, List<Control>> byTag = new LinkedHashMap<>();
    private final Set<Notice> warnings = new LinkedHashSet<>();

    private WordFormReader(FormDefinition form, String caseNumber) {
        this.form = form;
        this.caseNumber = caseNumber;
    }

    /**
     * Opens and reads a filled-in form file within the default limits.
     *
     * @param docx       at most 20 MB
     * @param caseNumber the consultation's (22/414): a form made for another case gets a warning
     * @throws WordFormException when the file is empty, too large, not a .docx, encrypted or damaged
     */
    public static Filled read(byte[] docx, FormDefinition form, String caseNumber) throws WordFormException {
        try (WordFile file = WordFile.open(docx, FileLimits.DEFAULTS)) {
            return read(file, form, caseNumber);
        }
    }

    /**
     * @param caseNumber the consultation's (22/414): a form made for another case gets a warning
     * @throws WordFormException when the document turns out to be damaged
     */
    public static Filled read(WordFile file, FormDefinition form, String caseNumber) throws WordFormException {
        Objects.requireNonNull(form, "form");
        WordFormReader reader = new WordFormReader(form, caseNumber);
        try {
            reader.checkCaseNumber(file.document());
            WordFormControls.of(file.walker()).forEach(control ->
                    reader.byTag.computeIfAbsent(control.tag(), tag -> new ArrayList<>()).add(control));
        } catch (RuntimeException e) {
            throw new WordFormException(WordFormException.Reason.DAMAGED, "The Word document is damaged: " + WordFormException.detail(e), e);
        }
        return reader.filled();
    }

    private Filled filled() {
        Set<String> known = knownTags();
        byTag.keySet().stream().filter(tag -> !known.contains(tag)).forEach(tag -> warn("unknown-control", tag));
        boolean ours = byTag.keySet().stream().anyMatch(known::contains);
        if (!ours) {
            warn("no-form-controls");
        }
        String name = line(WordFormTags.RESPONDENT_NAME, ours);
        String organisationNumber = line(WordFormTags.RESPONDENT_ORGANISATION_NUMBER, false);
        String email = line(WordFormTags.RESPONDENT_EMAIL, false);
        String contactName = line(WordFormTags.RESPONDENT_CONTACT_NAME, false);
        String contactPhone = line(WordFormTags.RESPONDENT_CONTACT_PHONE, false);
        String kind = respondentKind();
        FilledPublication publication = publication();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String id : form.answerIds()) {
            AnswerTarget target = form.target(id).orElseThrow();
            String choice = target.takesChoice() ? choice(id, target, ours) : null;
            List<String> choices = target.takesChoices() ? ticked(id, target, ours).stream().map(Option::id).toList() : List.of();
            String text = target.textLimit() > 0 ? text(id, ours) : null;
            Answer answer = new Answer(choice, text, choices);
            answers.put(id, answer.isEmpty() ? Answer.EMPTY : answer);
        }
        return new Filled(name, organisationNumber, email, answers, new ArrayList<>(warnings), tagged(), kind, contactName, contactPhone,
                publication);
    }

    /** Any tag of an answer, of the respondent or of a choice's box, known to this version of the form or not. */
    private boolean tagged() {
        List<String> ids = form.answerIds();
        return byTag.keySet().stream().anyMatch(tag -> ids.contains(tag) || tag.startsWith("respondent.") || tag.startsWith("publication.")
                || tag.contains(WordFormTags.CHOICE));
    }

    /** The one ticked kind; none when none or both are ticked (then with a warning). */
    private String respondentKind() {
        return oneTicked(WordFormTags.RESPONDENT_KINDS, WordFormTags::respondentKind, "several-kinds");
    }

    /** Read without a warning for a control the form lacks: older forms, and forms of consultations that offer no name choice. */
    private FilledPublication publication() {
        String name = oneTicked(WordFormTags.PUBLICATION_NAMES, WordFormTags::publicationName, "several-name-choices");
        return new FilledPublication(name, ticked(WordFormTags.PUBLICATION_ONLINE), text(WordFormTags.PUBLICATION_REASON, false));
    }

    /** The value whose box alone is ticked; none when none or several are (then with the warning). */
    private String oneTicked(List<String> values, java.util.function.UnaryOperator<String> tag, String severalWarning) {
        List<String> ticked = values.stream().filter(value -> ticked(tag.apply(value))).toList();
        if (ticked.size() > 1) {
            warn(severalWarning);
        }
        return ticked.size() == 1 ? ticked.get(0) : null;
    }

    private boolean ticked(String tag) {
        return byTag.getOrDefault(tag, List.of()).stream().anyMatch(Control::ticked);
    }

    private Set<String> knownTags() {
        Set<String> known = new LinkedHashSet<>(List.of(WordFormTags.RESPONDENT_NAME,
                WordFormTags.RESPONDENT_ORGANISATION_NUMBER, WordFormTags.RESPONDENT_EMAIL,
                WordFormTags.RESPONDENT_CONTACT_NAME, WordFormTags.RESPONDENT_CONTACT_PHONE));
        WordFormTags.RESPONDENT_KINDS.forEach(kind -> known.add(WordFormTags.respondentKind(kind)));
        WordFormTags.PUBLICATION_NAMES.forEach(name -> known.add(WordFormTags.publicationName(name)));
        known.add(WordFormTags.PUBLICATION_ONLINE);
        known.add(WordFormTags.PUBLICATION_REASON);
        for (String id : form.answerIds()) {
            AnswerTarget target = form.target(id).orElseThrow();
            if (target.takesChoice() || target.takesChoices()) {
                target.question().options().forEach(option -> known.add(WordFormTags.choice(id, option.id())));
            }
            if (target.textLimit() > 0) {
                known.add(id);
            }
        }
        return known;
    }

    private String choice(String id, AnswerTarget target, boolean expectControls) {
        List<Option> ticked = ticked(id, target, expectControls);
        if (ticked.size() > 1) {
            warn("several-choices", target.question().number(),
                    String.join(", ", ticked.stream().map(Option::label).toList()));
            return null;
        }
        return ticked.isEmpty() ? null : ticked.get(0).id();
    }

    /** The options whose box is ticked, in the question's order. */
    private List<Option> ticked(String id, AnswerTarget target, boolean expectControls) {
        List<Option> ticked = new ArrayList<>();
        boolean found = false;
        for (Option option : target.question().options()) {
            List<Control> boxes = byTag.getOrDefault(WordFormTags.choice(id, option.id()), List.of());
            found |= !boxes.isEmpty();
            if (boxes.stream().anyMatch(Control::ticked)) {
                ticked.add(option);
            }
        }
        if (!found && expectControls) {
            warn("missing-control", WordFormTags.choice(id, "*"));
        }
        return ticked;
    }

    /** A rich-text answer: the texts of every control with this tag, placeholders left out. */
    private String text(String tag, boolean expectControl) {
        List<Control> found = byTag.getOrDefault(tag, List.of());
        if (found.isEmpty() && expectControl) {
            warn("missing-control", tag);
        }
        if (found.size() > 1) {
            warn("duplicate-control", tag);
        }
        List<String> texts = found.stream().map(this::answerText).filter(Objects::nonNull).toList();
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    /** A one-line field: its lines joined by spaces. */
    private String line(String tag, boolean expectControl) {
        String text = text(tag, expectControl);
        return text == null ? null : text.replace('\n', ' ');
    }

    private String answerText(Control control) {
        String text = control.text();
        if (text == null || AnswerValidator.WORD_PLACEHOLDERS.contains(text.strip())) {
            return null;
        }
        if (control.showingPlaceholder()) {
            if (control.placeholderStyled()) {
                return null;
            }
            // Word drops the flag once something is typed; another editor may not, and the text is the respondent's
            warn("placeholder-with-text", control.tag());
        }
        return text;
    }

    private void checkCaseNumber(XWPFDocument document) {
        CustomProperties custom = document.getProperties().getCustomProperties();
        var property = custom.getProperty(WordFormTags.CASE_NUMBER_PROPERTY);
        if (property != null && property.isSetLpwstr() && !property.getLpwstr().strip().equals(caseNumber)) {
            warn("other-case", property.getLpwstr().strip(), caseNumber);
        }
    }

    private void warn(String code, Object... args) {
        warnings.add(Notice.of(code, args));
    }
}
