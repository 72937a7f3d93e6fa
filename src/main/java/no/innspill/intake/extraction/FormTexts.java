package no.innspill.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.innspill.document.CaseDetails;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;

/**
 * What in a document is the form's own text rather than the respondent's: its title, introduction
 * and e-mail instructions, its labels ("Organisasjonsnummer:") and headings, and Word's placeholders.
 */
final class FormTexts {

    private static final Pattern FORM_LABEL = Pattern.compile(
            "(?iu)\\s*(organisasjonsnummer|org\\.?\\s*nr\\.?|e-post|e-mail|organisation number|kontaktperson[^:]*|telefonen til kontaktperson[^:]*"
                    + "|contact person[^:]*)\\s*:\\s*(.*)");
    private static final Set<String> FORM_HEADINGS = Set.of("generelt", "general");
    /** Word's placeholders, the longest first so that "… tekst." goes before "… tekst". */
    private static final List<String> PLACEHOLDERS = AnswerValidator.WORD_PLACEHOLDERS.stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();

    /** What the printed and Word forms add to a question, in every language: "(må fylles ut)", "Kryss av for ett eller flere svar." */
    private static final List<List<String>> MARKERS = Stream.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH)
            .map(locale -> ResourceBundle.getBundle("i18n/wordform", locale, FormTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
            .flatMap(bundle -> Stream.of(bundle.getString("wordform.required"), bundle.getString("wordform.choose-several")))
            .map(TextSimilarity::tokens).distinct().toList();

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH);

    /**
     * The blank forms' own lines before and between the questions (how to send, the respondent block, the
     * publication notice and choices, labels of fields).
     */
    private static final List<String> WORD_LINES = List.of("how", "fill", "respondent", "kind", "kind.organisation", "kind.person",
            "elaborate", "your-answer", "parts-required", "publication", "publication.notice", "publication.name",
            "publication.name.publish", "publication.name.withhold", "publication.name.fixed.publish", "publication.name.fixed.withhold",
            "publication.online", "publication.online.hint", "publication.reason");
    private static final List<String> PDF_LINES = List.of("blank.how", "blank.fill", "blank.respondent", "blank.kind",
            "blank.kind.organisation", "blank.kind.person", "blank.respondent.name", "blank.respondent.organisationNumber",
            "blank.respondent.email", "blank.respondent.contactName", "blank.respondent.contactPhone", "field.elaborate",
            "field.your-answer", "field.general", "field.parts-required", "blank.publication", "blank.publication.notice",
            "blank.publication.name", "blank.publication.name.publish", "blank.publication.name.withhold",
            "blank.publication.name.fixed.publish", "blank.publication.name.fixed.withhold", "blank.publication.online",
            "blank.publication.online.hint", "blank.publication.reason");

    private final List<List<String>> texts = new ArrayList<>();
    /** The form's texts that stand between questions: headings, help texts and the markers. */
    private final List<List<String>> betweenQuestions = new ArrayList<>(MARKERS);

    FormTexts(FormDefinition form, CaseDetails caseDetails) {
        texts.add(TextSimilarity.tokens(caseDetails.title()));
        if (form.intro() != null) {
            for (String line : form.intro().split("\n")) {
                texts.add(TextSimilarity.tokens(line));
            }
        }
        texts.add(TextSimilarity.tokens(caseDetails.emailInstructions()));
        texts.removeIf(List::isEmpty);
        for (Question question : form.questions()) {
            if (question.isHeading()) {
                betweenQuestions.add(TextSimilarity.tokens(question.text()));
            }
            if (question.help() != null) {
                for (String line : question.help().split("\n")) {
                    betweenQuestions.add(TextSimilarity.tokens(line));
                }
            }
        }
        blankFormLines(caseDetails).forEach(line -> betweenQuestions.add(TextSimilarity.tokens(line)));
        betweenQuestions.removeIf(List::isEmpty);
    }

    /** What the blank PDF and Word forms print around the questions, in every language, with this case's deadline and address. */
    private static List<String> blankFormLines(CaseDetails caseDetails) {
        List<String> lines = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            ResourceBundle word = bundle("i18n/wordform", language);
            ResourceBundle pdf = bundle("i18n/document", language);
            WORD_LINES.forEach(key -> lines.add(word.getString("wordform." + key)));
            lines.add(word.getString("wordform.kind.organisation") + " " + word.getString("wordform.kind.person"));
            PDF_LINES.forEach(key -> lines.add(pdf.getString("document." + key)));
            if (caseDetails.deadline() != null) {
                String deadline = no.innspill.platform.DateFormats.dateTime(caseDetails.deadline(), language);
                lines.add(java.text.MessageFormat.format(word.getString("wordform.deadline"), deadline));
                lines.add(java.text.MessageFormat.format(pdf.getString("document.blank.deadline"), deadline));
            }
            if (caseDetails.responseEmail() != null) {
                lines.add(java.text.MessageFormat.format(word.getString("wordform.send"), caseDetails.responseEmail()));
                lines.add(java.text.MessageFormat.format(pdf.getString("document.blank.send"), caseDetails.responseEmail()));
            }
        }
        return lines;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, FormTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A line of the form's title, introduction or instructions, or no words at all. */
    boolean isFormText(String block) {
        return matches(block, texts);
    }

    /** A section heading, a line of a help text or a marker such as "(må fylles ut)": the form's, wherever it stands. */
    boolean isBetweenQuestions(String block) {
        return !TextSimilarity.tokens(block).isEmpty() && matches(block, betweenQuestions);
    }

    private static boolean matches(String block, List<List<String>> texts) {
        List<String> words = TextSimilarity.tokens(block);
        if (words.isEmpty()) {
            return true;
        }
        for (List<String> text : texts) {
            if (text.size() <= 2 ? text.equals(words) : TextSimilarity.dice(words, text) >= Headings.QUESTION_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    /** Short enough to be an organisation's or a person's name, and not a label or a box line. */
    boolean isName(String block) {
        int words = TextSimilarity.tokens(block).size();
        return words > 0 && words <= 10 && !Glyphs.hasBox(block) && !isFormLabel(block) && !isFormText(block) && !block.endsWith(".");
    }

    static boolean isFormLabel(String block) {
        return FORM_LABEL.matcher(block).matches() || FORM_HEADINGS.contains(block.strip().toLowerCase(Locale.ROOT));
    }

    static String withoutPlaceholders(String block) {
        String text = block;
        for (String placeholder : PLACEHOLDERS) {
            if (text.contains(placeholder)) {
                text = text.replace(placeholder, "");
            }
        }
        return text.strip();
    }
}
