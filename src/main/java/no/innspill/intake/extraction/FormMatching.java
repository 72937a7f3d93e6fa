package no.innspill.intake.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.document.CaseDetails;
import no.innspill.document.Notice;
import no.innspill.form.Answer;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.Question.Part;
import no.innspill.form.Question.Option;
import no.innspill.form.QuestionKind;
import no.innspill.intake.Extraction;
import no.innspill.intake.extraction.Headings.Split;

/**
 * Aligns a document's blocks of text (paragraphs, bullet items, check-box lines) to a form: a
 * question starts where a block reads like its text, its answer runs to the next question, a
 * part's heading ("Mål 3: …") starts that part, the boxes beside the option labels give the
 * choice. The form's own texts are left out; what comes before the first question and is not the
 * form's is kept as unplaced. A document in which the questions cannot be found is a letter: all
 * its text is unplaced.
 */
final class FormMatching {

    private static final double LETTER_CONFIDENCE = 0.1;
    /** Each warning lowers the confidence by this factor. */
    static final double WARNING_FACTOR = 0.85;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?»)]\\s+$");
    private static final Pattern RESPONDENT = Pattern.compile("(?iu)\\s*(høringsinstans|høyringsinstans|respondent)\\s*:\\s*(.*)");

    private final FormDefinition form;
    private final List<Notice> warnings;
    private final FormTexts formTexts;
    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private final Map<String, String> choices = new LinkedHashMap<>();
    private final Map<String, List<String>> multipleChoices = new LinkedHashMap<>();
    private final Set<String> boxLinesSeen = new LinkedHashSet<>();
    private final Set<Question> found = new LinkedHashSet<>();
    private final List<String> unplaced = new ArrayList<>();
    private final List<String> everything = new ArrayList<>();
    private String respondent;

    private FormMatching(FormDefinition form, CaseDetails caseDetails, List<Notice> warnings) {
        this.form = form;
        this.warnings = new ArrayList<>(warnings);
        this.formTexts = new FormTexts(form, caseDetails);
        form.answerIds().forEach(id -> texts.put(id, new ArrayList<>()));
    }

    /**
     * @param blocks   the document's text in reading order; bullet items start with "• "
     * @param warnings what reading the file already found
     */
    static Extraction match(List<String> blocks, FormDefinition form, CaseDetails caseDetails, List<Notice> warnings) {
        FormMatching matching = new FormMatching(form, caseDetails, warnings);
        matching.walk(blocks);
        return matching.result();
    }

    private void walk(List<String> blocks) {
        Deque<String> pending = new ArrayDeque<>();
        for (String raw : blocks) {
            String block = FormTexts.withoutPlaceholders(raw);
            if (!block.isEmpty()) {
                pending.add(block);
                everything.add(block);
            }
        }
        Question question = null;
        String target = null;
        boolean nameNext = false;
        while (!pending.isEmpty()) {
            String block = pending.poll();
            Matcher respondentLine = RESPONDENT.matcher(block);
            if (respondentLine.matches()) {
                String name = respondentLine.group(2).strip();
                if (respondent == null && !name.isEmpty()) {
                    respondent = name;
                }
                // "Høringsinstans:" alone, its name in the next table cell
                nameNext = respondent == null && name.isEmpty();
                continue;
            }
            Split questionStart = Headings.questionStart(block, notFound());
            if (nameNext && questionStart == null && formTexts.isName(block)) {
                respondent = block;
                nameNext = false;
                continue;
            }
            nameNext = false;
            if (questionStart != null) {
                question = questionStart.question();
                found.add(question);
                target = question.id();
                pushRemainder(pending, questionStart.remainder());
                continue;
            }
            if (question != null && !question.parts().isEmpty()) {
                Split partStart = Headings.partStart(block, question);
                if (partStart != null) {
                    target = partStart.part().fullId();
                    pushRemainder(pending, partStart.remainder());
                    continue;
                }
                int glued = gluedPartTitle(block, question);
                if (glued > 0) {
                    pending.push(block.substring(glued));
                    block = block.substring(0, glued).strip();
                }
            }
            if (question != null && question.hasOptions() && Glyphs.hasBox(block)
                    && !boxLinesSeen.contains(question.id()) && choiceLine(block, question)) {
                continue;
            }
            if (FormTexts.isFormLabel(block) || formTexts.isBetweenQuestions(block) || question == null && formTexts.isFormText(block)) {
                continue;
            }
            if (target == null) {
                unplaced.add(block);
            } else {
                texts.get(target).add(block);
            }
        }
    }

    /**
     * Where a part's title starts inside the block, after the end of a sentence: a heading at the top
     * of a page joined to the last line of the page before, which ran to the right margin.
     * 0 when there is none.
     */
    private static int gluedPartTitle(String block, Question question) {
        for (Part part : question.parts()) {
            for (int at = block.indexOf(part.title(), 1); at > 0; at = block.indexOf(part.title(), at + 1)) {
                if (SENTENCE_END.matcher(block.substring(0, at)).find()) {
                    return at;
                }
            }
        }
        return 0;
    }

    private List<Question> notFound() {
        return form.answerable().stream().filter(question -> !found.contains(question)).toList();
    }

    private static void pushRemainder(Deque<String> pending, String remainder) {
        String rest = remainder.replaceFirst("^[\\s?:.)\\-–]+", "").strip();
        if (!rest.isEmpty()) {
            pending.push(rest);
        }
    }

    private Extraction result() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        form.answerIds().forEach(id -> answers.put(id, Answer.EMPTY));
        int questions = form.answerable().size();
        if (found.size() < Math.min(2, questions) && boxLinesSeen.isEmpty()) {
            warnings.add(Notice.of("not-the-form"));
            String all = everything.isEmpty() ? null : String.join("\n", everything);
            return new Extraction(respondent, answers, all, warnings, LETTER_CONFIDENCE);
        }
        for (Question question : form.answerable()) {
            if (!found.contains(question)) {
                warnings.add(Notice.of("question-not-found", question.number()));
            } else if (question.hasOptions() && !boxLinesSeen.contains(question.id())) {
                warnings.add(Notice.of("no-check-boxes", question.number()));
            }
        }
        for (String id : form.answerIds()) {
            String text = AnswerValidator.normaliseText(String.join("\n", texts.get(id)));
            Answer answer = new Answer(choices.get(id), text, multipleChoices.getOrDefault(id, List.of()));
            answers.put(id, answer.isEmpty() ? Answer.EMPTY : answer);
        }
        String rest = unplaced.isEmpty() ? null : String.join("\n", unplaced);
        if (rest != null) {
            warnings.add(Notice.of("unplaced-text"));
        }
        double confidence = (double) found.size() / questions * Math.pow(WARNING_FACTOR, warnings.size());
        return new Extraction(respondent, answers, rest, warnings, confidence);
    }

    /** A line of boxes for the question: its choice (or choices), or a warning when more than one of a single choice is ticked. */
    private boolean choiceLine(String block, Question question) {
        List<Option> ticked = ChoiceLine.ticked(block, question);
        if (ticked == null) {
            return false;
        }
        boxLinesSeen.add(question.id());
        if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
            multipleChoices.put(question.id(), ticked.stream().map(Option::id).toList());
        } else if (ticked.size() > 1) {
            warnings.add(Notice.of("several-choices", question.number(), String.join(", ", ticked.stream().map(Option::label).toList())));
        } else if (ticked.size() == 1) {
            choices.put(question.id(), ticked.get(0).id());
        }
        return true;
    }
}
