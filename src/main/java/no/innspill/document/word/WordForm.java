package no.innspill.document.word;

import no.innspill.document.CaseDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.Question.Option;
import no.innspill.form.Question.Part;
import no.innspill.form.QuestionKind;

/**
 * The blank response form as a Word document (.docx), for respondents who answer in Word and
 * e-mail the file: the consultation's texts, "Saksnummer 22/414" in the header of every page, and
 * one content control per answer, tagged with its answer id so that {@link WordFormReader} can
 * read a filled-in form back. Check boxes are Word 2010+ check box controls.
 *
 * <p>Tags: {@code respondent.kind.organisation} and {@code respondent.kind.person} (check boxes),
 * {@code respondent.name}, {@code respondent.organisationNumber}, {@code respondent.email},
 * {@code respondent.contactName}, {@code respondent.contactPhone};
 * {@code publication.name.publish} and {@code publication.name.withhold} (check boxes, only when the consultation
 * lets private persons choose), {@code publication.online} (a check box: ticked, not to be published online),
 * {@code publication.reason};
 * {@code q1.choice.yes} for each option of a choice or a multiple choice; {@code q1} for a question's text, and
 * {@code q2.goal1} for each part. A pure function: the same form and language give the same bytes.
 */
public final class WordForm {

    private WordForm() {
    }

    /** The blank form in bokmål, or nynorsk ({@code nn}) or English ({@code en}). */
    public static byte[] blankForm(FormDefinition form, CaseDetails caseDetails, Locale locale) {
        return blankForm(form, caseDetails, WordFormMessages.of(locale));
    }

    /**
     * @param messages the {@code i18n/wordform} bundle in the wanted language; its {@code wordform.language}
     *                 becomes the document's language
     */
    public static byte[] blankForm(FormDefinition form, CaseDetails caseDetails, ResourceBundle messages) {
        return blankForm(form, caseDetails, new WordFormMessages(messages));
    }

    private static byte[] blankForm(FormDefinition form, CaseDetails caseDetails, WordFormMessages messages) {
        String placeholder = messages.text("placeholder");
        WordFormBody body = new WordFormBody(placeholder);
        body.heading(1, caseDetails.title());
        body.plainText(form.intro());
        howToSend(body, caseDetails, messages);
        respondent(body, messages);
        publication(body, caseDetails, messages);
        for (Question question : form.questions()) {
            question(body, question, messages);
        }
        var texts = new WordFormParts.Texts(caseDetails.title(), caseDetails.owner(), caseDetails.caseNumber(), messages.language(),
                messages.text("header", caseDetails.caseNumber()), messages.text("footer"), placeholder);
        return WordFormParts.write(body.xml(), texts);
    }

    /** By when, where and how: the deadline, the receiving address and the consultation's own instructions. */
    private static void howToSend(WordFormBody body, CaseDetails caseDetails, WordFormMessages messages) {
        body.heading(2, messages.text("how"));
        if (caseDetails.deadline() != null) {
            body.paragraph(messages.text("deadline",
                    no.innspill.platform.DateFormats.dateTime(caseDetails.deadline(), java.util.Locale.forLanguageTag(messages.language()))));
        }
        if (caseDetails.responseEmail() != null) {
            body.paragraph(messages.text("send", caseDetails.responseEmail()));
        }
        body.paragraph(caseDetails.emailInstructions());
        body.paragraph(messages.text("fill"));
    }

    /** Who answers: organisation or private person (two boxes), name, organisation number, e-mail, contact person. */
    private static void respondent(WordFormBody body, WordFormMessages messages) {
        body.heading(2, messages.text("respondent"));
        body.paragraph(messages.text("kind"));
        // one a line: side by side they wrap, and a line of only "privatperson" reads as nobody's text
        for (String kind : WordFormTags.RESPONDENT_KINDS) {
            body.checkBoxes(List.of(new WordFormBody.CheckBox(WordFormTags.respondentKind(kind),
                    messages.text("alias.respondent.kind", messages.text("kind." + kind)), messages.text("kind." + kind))));
        }
        body.labelledField(messages.text("respondent.name"), WordFormTags.RESPONDENT_NAME, messages.text("alias.respondent.name"));
        body.labelledField(messages.text("respondent.organisationNumber"), WordFormTags.RESPONDENT_ORGANISATION_NUMBER,
                messages.text("alias.respondent.organisationNumber"));
        body.labelledField(messages.text("respondent.email"), WordFormTags.RESPONDENT_EMAIL, messages.text("alias.respondent.email"));
        body.labelledField(messages.text("respondent.contactName"), WordFormTags.RESPONDENT_CONTACT_NAME,
                messages.text("alias.respondent.contactName"));
        body.labelledField(messages.text("respondent.contactPhone"), WordFormTags.RESPONDENT_CONTACT_PHONE,
                messages.text("alias.respondent.contactPhone"));
    }

    /**
     * What happens when the response is published, as the web form says it: a private person's choice of
     * name where the consultation offers one (else what it does), and the request not to be published online, with why.
     */
    private static void publication(WordFormBody body, CaseDetails caseDetails, WordFormMessages messages) {
        body.heading(2, messages.text("publication"));
        body.paragraph(messages.text("publication.notice"));
        if (caseDetails.privateNameChoice()) {
            body.paragraph(messages.text("publication.name"));
            for (String choice : WordFormTags.PUBLICATION_NAMES) {
                String label = messages.text("publication.name." + choice);
                body.checkBoxes(List.of(new WordFormBody.CheckBox(WordFormTags.publicationName(choice),
                        messages.text("alias.publication.name", label), label)));
            }
        } else {
            body.paragraph(messages.text("publication.name.fixed." + caseDetails.privateNames()));
        }
        body.checkBoxes(List.of(new WordFormBody.CheckBox(WordFormTags.PUBLICATION_ONLINE, messages.text("alias.publication.online"),
                messages.text("publication.online"))));
        body.paragraph(messages.text("publication.online.hint"));
        body.paragraph(messages.text("publication.reason"));
        body.textField(WordFormTags.PUBLICATION_REASON, messages.text("alias.publication.reason"));
    }

    private static void question(WordFormBody body, Question question, WordFormMessages messages) {
        if (question.isHeading()) {
            body.heading(2, question.text());
            body.plainText(question.help());
            return;
        }
        String number = String.valueOf(question.number());
        body.heading(2, number + ") " + question.text() + (question.required() ? " " + messages.text("required") : ""));
        body.plainText(question.help());
        switch (question.kind()) {
            case CHOICE, MULTIPLE_CHOICE -> {
                if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
                    body.paragraph(messages.text("choose-several"));
                }
                String hint = question.elaboration() == null ? null : question.elaboration().hint();
                List<WordFormBody.CheckBox> boxes = new ArrayList<>();
                for (Option option : question.options()) {
                    String label = hint == null || hint.isBlank() ? option.label() : option.label() + ", " + hint;
                    boxes.add(new WordFormBody.CheckBox(WordFormTags.choice(question.id(), option.id()),
                            messages.text("alias.option", number, option.label()), label));
                }
                body.checkBoxes(boxes);
                if (question.elaboration() != null) {
                    body.paragraph(messages.text("elaborate"));
                    body.textField(question.id(), messages.text("alias.elaboration", number));
                }
            }
            case TEXT -> {
                body.paragraph(messages.text("your-answer"));
                body.textField(question.id(), messages.text("alias.text", number));
            }
            case ATTACHMENTS -> body.paragraph(messages.text("attachments"));
            case TEXT_WITH_PARTS -> {
                body.heading(3, messages.text("general"));
                body.textField(question.id(), messages.text("alias.general", number));
                if (question.required()) {
                    body.paragraph(messages.text("parts-required"));
                }
                for (Part part : question.parts()) {
                    body.heading(3, part.title());
                    body.textField(part.fullId(), messages.text("alias.part", number, part.title()));
                }
            }
            case HEADING -> throw new IllegalStateException("headings are written above");
        }
    }
}
