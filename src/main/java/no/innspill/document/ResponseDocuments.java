package no.innspill.document;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF documents of a consultation: a response's copy (for the respondent's receipt and the
 * archive) and the blank form. Both are PDF/A-2a and PDF/UA-1, rendered in-process from the
 * templates under {@code templates/document/} with the form content shared with the web pages.
 * Rendering is a pure function of its arguments (but for the creation time in the PDF's metadata),
 * runs in-process without network or disk, and is safe to call from many threads.
 */
@Service
public class ResponseDocuments {

    private final ITemplateEngine templateEngine;
    private final MessageSource messages;
    private final PdfRenderer renderer;
    private final Map<Locale, DateTimeFormatter> receivedFormats = new ConcurrentHashMap<>();

    public ResponseDocuments(ITemplateEngine templateEngine, MessageSource messageSource) {
        this.templateEngine = templateEngine;
        this.messages = messageSource;
        this.renderer = new PdfRenderer();
    }

    /**
     * The copy of one response: the form with the answers given, ☒ on each chosen option.
     *
     * @param answers by answer id ({@code q1}, {@code q2.goal1}, …); ids missing from it are shown as not answered
     * @param locale  the language of the document's own labels; the form's texts stay as written
     */
    public byte[] responsePdf(FormDefinition form, CaseDetails caseDetails, Map<String, Answer> answers, ResponseDetails details,
                              Locale locale) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(details, "details");
        Context context = context(form, caseDetails, locale);
        context.setVariable("answers", answers == null ? Map.of() : answers);
        context.setVariable("details", details);
        context.setVariable("attachedFiles", details.attachments());
        context.setVariable("person", "person".equals(details.respondentKind()));
        context.setVariable("organisationNumber", organisationNumber(details.organisationNumber()));
        context.setVariable("received", received(details.receivedAt(), context.getLocale()));
        return renderer.render(templateEngine.process("document/response", context));
    }

    /**
     * The form as published, to print or to fill in on screen: by when, where and how to answer,
     * the respondent block, every option ☐ and room for each answer, each an AcroForm field named
     * as {@link PdfFormReader} reads them back.
     */
    public byte[] blankFormPdf(FormDefinition form, CaseDetails caseDetails, Locale locale) {
        Objects.requireNonNull(form, "form");
        Context context = context(form, caseDetails, locale);
        context.setVariable("deadline", caseDetails.deadline() == null ? null
                : no.innspill.platform.DateFormats.dateTime(caseDetails.deadline(), context.getLocale()));
        return renderer.render(templateEngine.process("document/blank-form", context), true);
    }

    /**
     * A short consultation letter (høringsbrev) as PDF/A: the form's introduction, the deadline and
     * the ways to answer, signed by the owner.
     */
    public byte[] letterPdf(FormDefinition form, CaseDetails caseDetails, Instant deadline, String responseEmail, String answerLink,
                            Locale locale) {
        Objects.requireNonNull(deadline, "deadline");
        Context context = context(form, caseDetails, locale);
        context.setVariable("intro", form.intro());
        context.setVariable("deadline", no.innspill.platform.DateFormats.dateTime(deadline, context.getLocale()));
        context.setVariable("date", no.innspill.platform.DateFormats.date(Instant.now(), context.getLocale()));
        context.setVariable("responseEmail", responseEmail);
        context.setVariable("answerLink", answerLink);
        return renderer.render(templateEngine.process("document/letter", context));
    }

    /**
     * A document another module writes from its own template (sharing {@code document/layout}), such as the summary
     * report, as PDF/A-2a + PDF/UA-1 with the same renderer, fonts and rules; images only as {@code data:} URIs.
     */
    public byte[] htmlPdf(String html) {
        return renderer.render(html);
    }

    /** HTML to PDF/A-2a + PDF/UA-1 with the same renderer, fonts and rules, for the module's other documents. */
    byte[] render(String html) {
        return renderer.render(html);
    }

    private Context context(FormDefinition form, CaseDetails caseDetails, Locale requested) {
        Objects.requireNonNull(caseDetails, "caseDetails");
        Locale locale = requested == null ? Locale.forLanguageTag("nb") : requested;
        Context context = new Context(locale);
        context.setVariable("form", form);
        context.setVariable("caseDetails", caseDetails);
        context.setVariable("lang", language(locale).toLanguageTag());
        return context;
    }

    /** The language the bundle actually speaks for this locale (bokmål unless nynorsk or English). */
    private Locale language(Locale locale) {
        return Locale.forLanguageTag(messages.getMessage("document.lang", null, "nb", locale));
    }

    private String received(Instant receivedAt, Locale locale) {
        DateTimeFormatter format = receivedFormats.computeIfAbsent(locale, key -> DateTimeFormatter
                .ofPattern(messages.getMessage("document.received.pattern", null, key), language(key))
                .withZone(no.innspill.platform.DateFormats.OSLO));
        return format.format(receivedAt);
    }

    /** Nine digits as the Brønnøysund registers write them, "974 761 076"; anything else as given. */
    static String organisationNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String digits = number.strip();
        if (digits.matches("\\d{9}")) {
            return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        }
        return digits;
    }
}
