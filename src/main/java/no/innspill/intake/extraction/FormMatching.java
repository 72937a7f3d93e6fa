package no.innspill.intake.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import no.innspill.form.Question.Option;
import no.innspill.form.Question.Part;
import no.innspill.form.QuestionKind;
import no.innspill.intake.Extraction;

/**
 * Aligns a document's blocks of text (paragraphs, bullet items, check-box lines) to a form: a
 * question starts where a block reads like its text, its answer runs to the next question, a
 * part's heading ("Mål 3: …") starts that part, the boxes beside the option labels give the
 * choice. The form's own texts are left out; what comes before the first question and is not the
 * form's is kept as unplaced. A document in which the questions cannot be found is a letter: all
 * its text is unplaced.
 */
final class FormMatching {

    static final double QUESTION_SIMILARITY = 0.8;
    static final double NUMBERED_QUESTION_SIMILARITY = 0.6;
    private static final double LETTER_CONFIDENCE = 0.1;
    private static final double WARNING_FACTOR = 0.85;
    private static final Pattern RESPONDENT = Pattern.compile("(?iu)\\s*(høringsinstans|høyringsinstans|respondent)\\s*:\\s*(.*)");
    private static final Pattern FORM_LABEL = Pattern.compile(
            "(?iu)\\s*(organisasjonsnummer|org\\.?\\s*nr\\.?|e-post|e-mail|organisation number)\\s*:\\s*(.*)");
    private static final Set<String> FORM_HEADINGS = Set.of("generelt", "general");
    private static final Set<String> NUMBER_WORDS = Set.of("spørsmål", "spm", "question");
    /** Word's placeholders, the longest first so that "… tekst." goes before "… tekst". */
    private static final List<String> PLACEHOLDERS = AnswerValidator.WORD_PLACEHOLDERS.stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();

    private final FormDefinition form;
    private final List<Notice> warnings;
    private final List<List<String>> formTexts = new ArrayList<>();
    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private final Map<String, String> choices = new LinkedHashMap<>();
    private final Set<String> boxLinesSeen = new LinkedHashSet<>();
    private final Set<Question> found = new LinkedHashSet<>();
    private final List<String> unplaced = new ArrayList<>();
    private final List<String> everything = new ArrayList<>();
    private String respondent;

    private FormMatching(FormDefinition form, CaseDetails caseDetails, List<Notice> warnings) {
        this.form = form;
        this.warnings = new ArrayList<>(warnings);
        form.answerIds().forEach(id -> texts.put(id, new ArrayList<>()));
        formTexts.add(TextSimilarity.tokens(caseDetails.title()));
        if (form.intro() != null) {
            for (String line : form.intro().split("\n")) {
                formTexts.add(TextSimilarity.tokens(line));
            }
        }
        formTexts.add(TextSimilarity.tokens(caseDetails.emailInstructions()));
        formTexts.removeIf(List::isEmpty);
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
            String block = withoutPlaceholders(raw);
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
            Split questionStart = questionStart(block);
            if (nameNext && questionStart == null && isName(block)) {
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
                Split partStart = partStart(block, question);
                if (partStart != null) {
                    target = partStart.part().fullId();
                    pushRemainder(pending, partStart.remainder());
                    continue;
                }
            }
            if (question != null && question.kind() == QuestionKind.CHOICE && Glyphs.hasBox(block)
                    && !boxLinesSeen.contains(question.id()) && choiceLine(block, question)) {
                continue;
            }
            if (isFormLabel(block) || question == null && isFormText(block)) {
                continue;
            }
            if (target == null) {
                unplaced.add(block);
            } else {
                texts.get(target).add(block);
            }
        }
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
        int questions = form.questions().size();
        if (found.size() < Math.min(2, questions) && boxLinesSeen.isEmpty()) {
            warnings.add(Notice.of("not-the-form"));
            String all = everything.isEmpty() ? null : String.join("\n", everything);
            return new Extraction(respondent, answers, all, warnings, LETTER_CONFIDENCE);
        }
        for (Question question : form.questions()) {
            if (!found.contains(question)) {
                warnings.add(Notice.of("question-not-found", question.number()));
            } else if (question.kind() == QuestionKind.CHOICE && !boxLinesSeen.contains(question.id())) {
                warnings.add(Notice.of("no-check-boxes", question.number()));
            }
        }
        for (String id : form.answerIds()) {
            String text = AnswerValidator.normaliseText(String.join("\n", texts.get(id)));
            String choice = choices.get(id);
            answers.put(id, choice == null && text == null ? Answer.EMPTY : new Answer(choice, text));
        }
        String rest = unplaced.isEmpty() ? null : String.join("\n", unplaced);
        if (rest != null) {
            warnings.add(Notice.of("unplaced-text"));
        }
        double confidence = (double) found.size() / questions * Math.pow(WARNING_FACTOR, warnings.size());
        return new Extraction(respondent, answers, rest, warnings, confidence);
    }

    /**
     * Our own Word form read by its tags can still hold the parts' headings typed into the question's general field
     * ("Mål 3: …" and the text under it): moves each such text to its part.
     */
    static Map<String, Answer> withTypedParts(Map<String, Answer> answers, FormDefinition form) {
        Map<String, Answer> result = new LinkedHashMap<>(answers);
        for (Question question : form.questions()) {
            Answer general = answers.get(question.id());
            if (question.parts().isEmpty() || general == null || general.text() == null) {
                continue;
            }
            Map<String, List<String>> lines = new LinkedHashMap<>();
            String target = question.id();
            boolean moved = false;
            for (String line : general.text().split("\n")) {
                Split start = partStart(line, question);
                if (start != null) {
                    target = start.part().fullId();
                    moved = true;
                    String rest = start.remainder().replaceFirst("^[\\s:.\\-–]+", "").strip();
                    if (!rest.isEmpty()) {
                        lines.computeIfAbsent(target, key -> new ArrayList<>()).add(rest);
                    }
                    continue;
                }
                lines.computeIfAbsent(target, key -> new ArrayList<>()).add(line);
            }
            if (!moved) {
                continue;
            }
            String own = AnswerValidator.normaliseText(String.join("\n", lines.getOrDefault(question.id(), List.of())));
            result.put(question.id(), own == null && general.choice() == null ? Answer.EMPTY : new Answer(general.choice(), own));
            for (Part part : question.parts()) {
                List<String> typed = lines.get(part.fullId());
                if (typed == null) {
                    continue;
                }
                Answer existing = result.get(part.fullId());
                List<String> all = new ArrayList<>();
                if (existing != null && existing.text() != null) {
                    all.add(existing.text());
                }
                all.addAll(typed);
                String text = AnswerValidator.normaliseText(String.join("\n", all));
                result.put(part.fullId(), text == null ? Answer.EMPTY : new Answer(null, text));
            }
        }
        return result;
    }

    // ---- questions, parts, choices ----

    private record Split(Question question, Part part, String remainder) {
    }

    /**
     * A question not yet found whose text this block is, or starts with (the rest then belongs to its answer). A block
     * that starts with the question's own number ("4)", "4.") may differ more, as a short question edited by a word does.
     */
    private Split questionStart(String block) {
        List<Token> all = tokens(block);
        List<Token> tokens = withoutNumbering(all);
        if (tokens.isEmpty()) {
            return null;
        }
        String number = tokens.size() < all.size() ? all.get(all.size() - tokens.size() - 1).word() : null;
        Split best = null;
        double bestScore = 0;
        for (Question question : form.questions()) {
            if (found.contains(question)) {
                continue;
            }
            List<String> wanted = TextSimilarity.tokens(question.text());
            boolean numbered = String.valueOf(question.number()).equals(number);
            double threshold = numbered ? NUMBERED_QUESTION_SIMILARITY : QUESTION_SIMILARITY;
            double prefixThreshold = threshold + 0.05;
            double whole = tokens.size() <= wanted.size() + 2 ? TextSimilarity.dice(words(tokens), wanted) : 0;
            if (whole >= threshold && whole > bestScore) {
                best = new Split(question, null, "");
                bestScore = whole;
                continue;
            }
            if (wanted.size() >= 3 && tokens.size() > wanted.size()) {
                for (int n = Math.max(3, wanted.size() - 2); n <= Math.min(tokens.size() - 1, wanted.size() + 2); n++) {
                    double prefix = TextSimilarity.dice(words(tokens.subList(0, n)), wanted);
                    if (prefix >= prefixThreshold && prefix > bestScore) {
                        best = new Split(question, null, block.substring(tokens.get(n - 1).end()));
                        bestScore = prefix;
                    }
                }
            }
        }
        return best;
    }

    /** A part's heading: its whole title ("Mål 3: Helsedata til …"), or its label with a colon ("Mål 3:") before text. */
    private static Split partStart(String block, Question question) {
        List<Token> tokens = tokens(block);
        for (Part part : question.parts()) {
            List<String> title = TextSimilarity.tokens(part.title());
            if (tokens.size() <= title.size() + 1 && TextSimilarity.dice(words(tokens), title) >= QUESTION_SIMILARITY) {
                return new Split(question, part, "");
            }
            String label = label(part.title());
            if (label == null) {
                continue;
            }
            List<String> labelTokens = TextSimilarity.tokens(label);
            if (tokens.size() < labelTokens.size() || !words(tokens.subList(0, labelTokens.size())).equals(labelTokens)) {
                continue;
            }
            String afterLabel = block.substring(tokens.get(labelTokens.size() - 1).end());
            if (!afterLabel.isBlank() && !afterLabel.matches("(?s)\\s*[:.–-].*")) {
                continue;
            }
            if (tokens.size() > title.size()
                    && TextSimilarity.dice(words(tokens.subList(0, title.size())), title) >= QUESTION_SIMILARITY) {
                return new Split(question, part, block.substring(tokens.get(title.size() - 1).end()));
            }
            return new Split(question, part, afterLabel);
        }
        return null;
    }

    /** "Mål 3" of "Mål 3: Helsedata til fornying og forbedring"; null when the title has no short label. */
    private static String label(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String label = title.substring(0, colon);
        return TextSimilarity.tokens(label).size() <= 3 ? label : null;
    }

    /** A line of boxes for the question: its choice, or a warning when more than one is ticked. */
    private boolean choiceLine(String block, Question question) {
        List<Option> ticked = ChoiceLine.ticked(block, question);
        if (ticked == null) {
            return false;
        }
        boxLinesSeen.add(question.id());
        if (ticked.size() > 1) {
            warnings.add(Notice.of("several-choices", question.number(), String.join(", ", ticked.stream().map(Option::label).toList())));
        } else if (ticked.size() == 1) {
            choices.put(question.id(), ticked.get(0).id());
        }
        return true;
    }

    // ---- the form's own text ----

    private boolean isFormText(String block) {
        List<String> words = TextSimilarity.tokens(block);
        if (words.isEmpty()) {
            return true;
        }
        for (List<String> text : formTexts) {
            if (text.size() <= 2 ? text.equals(words) : TextSimilarity.dice(words, text) >= QUESTION_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    /** Short enough to be an organisation's or a person's name, and not a label or a box line. */
    private boolean isName(String block) {
        int words = TextSimilarity.tokens(block).size();
        return words > 0 && words <= 10 && !Glyphs.hasBox(block) && !isFormLabel(block) && !isFormText(block) && !block.endsWith(".");
    }

    private static boolean isFormLabel(String block) {
        return FORM_LABEL.matcher(block).matches() || FORM_HEADINGS.contains(block.strip().toLowerCase(Locale.ROOT));
    }

    private static String withoutPlaceholders(String block) {
        String text = block;
        for (String placeholder : PLACEHOLDERS) {
            if (text.contains(placeholder)) {
                text = text.replace(placeholder, "");
            }
        }
        return text.strip();
    }

    // ---- tokens with their place in the text ----

    private record Token(String word, int end) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                tokens.add(new Token(word.toString(), i));
                word.setLength(0);
            }
        }
        return tokens;
    }

    /** Without a leading "1", "1)", "Spørsmål 1:". */
    private static List<Token> withoutNumbering(List<Token> tokens) {
        int start = 0;
        if (start < tokens.size() && NUMBER_WORDS.contains(tokens.get(start).word())) {
            start++;
        }
        if (start < tokens.size() && tokens.get(start).word().chars().allMatch(Character::isDigit)) {
            start++;
        }
        return tokens.subList(start, tokens.size());
    }

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::word).toList();
    }
}
