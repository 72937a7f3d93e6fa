package no.innspill.document;

import static no.innspill.document.PdfInspection.collapse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.Question.Part;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The response copy and the blank form as PDF: valid PDF/A-2a and PDF/UA-1 by veraPDF, and the
 * text a reader gets out of them. Samples land in target/pdf-samples/ for a person to look at.
 */
class ResponseDocumentsTest {

    private static final ResponseDocuments documents = TestDocuments.service();
    private static final FormDefinition form = TestDocuments.form();
    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final Path SAMPLES = Path.of("target", "pdf-samples");

    @Test
    void seed_response_is_archivable_accessible_and_reads_like_the_seed_form() throws IOException {
        Map<String, Answer> answers = TestDocuments.seedAnswers();
        byte[] pdf = documents.responsePdf(form, TestDocuments.CASE, answers, TestDocuments.SEED_DETAILS, BOKMAL);
        save("seed-response.pdf", pdf);

        assertCompliant(pdf);
        List<String> pages = PdfInspection.pages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertEveryPageHasCaseNumberAndPageOfPages(pages, "Saksnummer 22/414", "Side %d av %d");
        String first = collapse(pages.get(0));
        assertThat(first).contains("Direktoratet for e-helse", TestDocuments.CASE.title(), "Dokumentnummer 22/414-7",
                "Høringsinstans Legemiddelverket", "Mottatt 27. november 2026 kl. 08:35");
        String text = body(pages, "Saksnummer 22/414", "Side %d av %d");
        assertFormTexts(text);
        assertAnswerTexts(text, answers);
        assertThat(text).contains("1) " + form.questions().get(0).text() + " ☒ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne "
                + "Legemiddelverket stiller seg bak");
        assertThat(text).contains("3) Har dere tilbakemeldinger på prosessen for hvordan strategien skal følges opp? Ikke besvart 4)");
        assertThat(text).endsWith("4) Andre innspill og tilbakemeldinger? Ikke besvart");
        assertThat(text).doesNotContain("(valgt)", TestDocuments.CASE.emailInstructions());

        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Høringssvar 22/414-7: " + TestDocuments.CASE.title());
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Legemiddelverket");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void headings_help_required_marks_and_multiple_choices_are_archivable_in_the_response_and_the_blank_form() throws IOException {
        FormDefinition kinds = no.innspill.form.FormDefinitions.parse("questions:\n"
                + no.innspill.testing.TestForms.kinds("26/1234").split("questions:\n")[1]);
        Map<String, Answer> answers = Map.of("concerns", Answer.ofChoices(List.of("traffic", "noise"), "Mest om morgenen"),
                "reason", new Answer(null, "Barna går her."));

        byte[] response = documents.responsePdf(kinds, TestDocuments.CASE, answers, TestDocuments.SEED_DETAILS, BOKMAL);
        byte[] blank = documents.blankFormPdf(kinds, TestDocuments.CASE, BOKMAL);
        save("kinds-response.pdf", response);
        save("kinds-blank.pdf", blank);

        assertCompliant(response);
        assertCompliant(blank);
        assertThat(collapse(String.join(" ", PdfInspection.pages(response)))).contains("Del 1: Nærmiljøet",
                "Spørsmålene gjelder området rundt skolen.", "1) Hva er dere mest opptatt av? (må fylles ut)",
                "☒ Trafikk, utdyp gjerne ☐ Grøntområder, utdyp gjerne ☒ Støy, utdyp gjerne Mest om morgenen",
                "2) Hvorfor? (må fylles ut) Skriv kort hva planen betyr for dere. Barna går her.", "3) Andre innspill? Ikke besvart");
        assertThat(collapse(String.join(" ", PdfInspection.pages(blank)))).contains("Del 1: Nærmiljøet",
                "1) Hva er dere mest opptatt av? (må fylles ut)", "Kryss av for ett eller flere svar.",
                "☐ Trafikk, utdyp gjerne ☐ Grøntområder, utdyp gjerne ☐ Støy, utdyp gjerne").doesNotContain("☒");
    }

    @Test
    void the_consultation_letter_is_archivable_and_says_how_and_by_when_to_answer() throws IOException {
        byte[] pdf = documents.letterPdf(form, TestDocuments.CASE, java.time.Instant.parse("2022-10-01T21:59:59Z"),
                "postmottak@ehelse.no", "https://innspill.example/horinger/22-414/svar", BOKMAL);
        save("letter.pdf", pdf);

        assertCompliant(pdf);
        String text = collapse(String.join(" ", PdfInspection.pages(pdf)));
        assertThat(text).contains("Saksnummer 22/414", "Til høringsinstansene", "Høringsfristen er 1. oktober 2022 kl. 23:59.",
                "https://innspill.example/horinger/22-414/svar", "postmottak@ehelse.no", "Strategiens rolle");
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Høringsbrev: " + TestDocuments.CASE.title());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
        }
    }

    @Test
    void blank_form_has_instructions_empty_boxes_and_room_to_answer() throws IOException {
        byte[] pdf = documents.blankFormPdf(form, TestDocuments.CASE, BOKMAL);
        save("blank-form.pdf", pdf);

        assertCompliant(pdf);
        List<String> pages = PdfInspection.pages(pdf);
        assertEveryPageHasCaseNumberAndPageOfPages(pages, "Saksnummer 22/414", "Side %d av %d");
        assertThat(squeeze(String.join("", pages))).contains(squeeze(TestDocuments.CASE.emailInstructions()));
        String text = body(pages, "Saksnummer 22/414", "Side %d av %d");
        assertFormTexts(text);
        assertThat(text).contains("☐ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne Utdyp gjerne (valgfritt) 2)");
        assertThat(text).doesNotContain("☒", "Ikke besvart", "Dokumentnummer", "Mottatt");
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TestDocuments.CASE.title());
        }
    }

    @Test
    void only_a_ticked_no_shows_every_other_answer_as_not_answered() throws IOException {
        Map<String, Answer> answers = Map.of("q1", new Answer("no", null));
        ResponseDetails details = new ResponseDetails("22/414-12", "Eksempel kommune", "organisation", "123456785",
                TestDocuments.RECEIVED);
        byte[] pdf = documents.responsePdf(form, TestDocuments.CASE, answers, details, BOKMAL);
        save("ticked-no-response.pdf", pdf);

        assertCompliant(pdf);
        List<String> pages = PdfInspection.pages(pdf);
        assertEveryPageHasCaseNumberAndPageOfPages(pages, "Saksnummer 22/414", "Side %d av %d");
        assertThat(collapse(pages.get(0))).contains("Dokumentnummer 22/414-12", "Høringsinstans Eksempel kommune",
                "Organisasjonsnummer 123 456 785");
        String text = body(pages, "Saksnummer 22/414", "Side %d av %d");
        assertFormTexts(text);
        assertThat(text).contains("☐ Ja, utdyp gjerne ☒ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne 2)");
        // five goals, q3 and q4; a ticked choice without elaboration is an answer
        assertThat(text.split("Ikke besvart", -1)).hasSize(8);
    }

    @Test
    void hostile_and_borderline_answers_are_printed_literally_wrapped_and_drawable() throws IOException {
        String markup = "<script>alert('x')</script> <b>fet</b> &amp; <img src=\"http://example.invalid/x.png\">";
        String longWord = "Ord".repeat(100);
        String undrawable = "Bra 👍🏽 og ❤️ – 漢字 – 👨‍👩‍👧 – bell\u0007 – \uD800 – ☐ ☒ æøå ÆØÅ";
        Map<String, Answer> answers = new HashMap<>();
        answers.put("q1", new Answer("dont_know", markup + "\n• " + markup));
        answers.put("q2.goal1", new Answer(null, longWord));
        answers.put("q2.goal2", new Answer(null, undrawable));
        answers.put("q3", new Answer(null, twentyThousandCharacters()));
        ResponseDetails details = new ResponseDetails("22/414-99", "<i>Kari</i> 🙂 Nordmann", "person", null, TestDocuments.RECEIVED);
        byte[] pdf = documents.responsePdf(form, TestDocuments.CASE, answers, details, BOKMAL);
        save("hostile-response.pdf", pdf);

        assertCompliant(pdf);
        List<String> pages = PdfInspection.pages(pdf);
        assertThat(pages).hasSizeGreaterThan(6);
        assertEveryPageHasCaseNumberAndPageOfPages(pages, "Saksnummer 22/414", "Side %d av %d");
        assertThat(collapse(pages.get(0))).contains("Høringsinstans <i>Kari</i> 🙂 Nordmann (privatperson)");
        String text = body(pages, "Saksnummer 22/414", "Side %d av %d");
        assertThat(text).contains("☐ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☒ Vet ikke, utdyp gjerne <script>alert('x')</script>");
        assertThat(squeeze(text)).contains(squeeze(markup + "• " + markup), longWord);
        assertThat(PdfInspection.rightmostGlyph(pdf)).isLessThanOrEqualTo(595.3f - mm(20) + 0.5f);
        assertThat(text).contains("Bra 👍🏽 og ❤\uFE0F – [U+6F22][U+5B57] – 👨‍👩‍👧 – bell[U+0007] – [U+D800] – ☐ ☒ æøå ÆØÅ");
        assertThat(text).contains("Tegn som ikke kunne vises", "[U+0007] BEL", "[U+D800]", "[U+5B57] CJK UNIFIED IDEOGRAPHS 5B57");
        assertAnswerTexts(text, Map.of("q3", answers.get("q3")));
    }

    @Test
    void nynorsk_and_english_labels_language_and_dates() throws IOException {
        ResponseDetails person = new ResponseDetails("22/414-8", "Kari Nordmann", "person", null, TestDocuments.RECEIVED);

        byte[] nynorsk = documents.responsePdf(form, TestDocuments.CASE, TestDocuments.seedAnswers(), person, Locale.forLanguageTag("nn-NO"));
        assertCompliant(nynorsk);
        List<String> nnPages = PdfInspection.pages(nynorsk);
        assertEveryPageHasCaseNumberAndPageOfPages(nnPages, "Saksnummer 22/414", "Side %d av %d");
        assertThat(collapse(nnPages.get(0))).contains("Høyringsinstans Kari Nordmann (privatperson)",
                "Motteke 27. november 2026 kl. 08:35");
        assertThat(body(nnPages, "Saksnummer 22/414", "Side %d av %d")).endsWith("Ikkje svara");
        assertLanguage(nynorsk, "nn");

        byte[] english = documents.responsePdf(form, TestDocuments.CASE, TestDocuments.seedAnswers(), person, Locale.ENGLISH);
        save("seed-response-en.pdf", english);
        assertCompliant(english);
        List<String> enPages = PdfInspection.pages(english);
        assertEveryPageHasCaseNumberAndPageOfPages(enPages, "Case number 22/414", "Page %d of %d");
        assertThat(collapse(enPages.get(0))).contains("Document number 22/414-8", "Respondent Kari Nordmann (private individual)",
                "Received 27 November 2026 at 08:35");
        String text = body(enPages, "Case number 22/414", "Page %d of %d");
        assertFormTexts(text);
        assertThat(text).endsWith("Not answered");
        assertLanguage(english, "en");

        byte[] blankEnglish = documents.blankFormPdf(form, TestDocuments.CASE, Locale.ENGLISH);
        assertCompliant(blankEnglish);
        assertEveryPageHasCaseNumberAndPageOfPages(PdfInspection.pages(blankEnglish), "Case number 22/414", "Page %d of %d");
    }

    @Test
    void renders_the_same_on_many_threads_at_once() throws Exception {
        List<String> expected = PdfInspection.pages(
                documents.responsePdf(form, TestDocuments.CASE, TestDocuments.seedAnswers(), TestDocuments.SEED_DETAILS, BOKMAL));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean response = i % 2 == 0;
                results.add(pool.submit(() -> response
                        ? documents.responsePdf(form, TestDocuments.CASE, TestDocuments.seedAnswers(), TestDocuments.SEED_DETAILS, BOKMAL)
                        : documents.blankFormPdf(form, TestDocuments.CASE, BOKMAL)));
            }
            for (int i = 0; i < results.size(); i += 2) {
                assertThat(PdfInspection.pages(results.get(i).get())).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertCompliant(byte[] pdf) {
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed").isEmpty();
        assertThat(PdfInspection.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();
    }

    private static void assertEveryPageHasCaseNumberAndPageOfPages(List<String> pages, String caseNumber, String pageOfPages) {
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(collapse(pages.get(page - 1))).as("page %d", page)
                    .contains(caseNumber, pageOfPages.formatted(page, pages.size()));
        }
    }

    /** The text of all pages without the running header and footer, whitespace collapsed. */
    private static String body(List<String> pages, String caseNumber, String pageOfPages) {
        List<String> bodies = new ArrayList<>();
        for (int page = 1; page <= pages.size(); page++) {
            bodies.add(collapse(pages.get(page - 1))
                    .replace(caseNumber, "")
                    .replace(pageOfPages.formatted(page, pages.size()), ""));
        }
        String all = collapse(String.join(" ", bodies));
        return all.substring(all.indexOf("1) "));
    }

    private static void assertFormTexts(String text) {
        for (Question question : form.questions()) {
            assertThat(text).contains(question.number() + ") " + question.text());
            for (Part part : question.parts()) {
                assertThat(text).contains(part.title());
            }
        }
    }

    /**
     * Every paragraph and bullet item ("• " kept) of every answer, in the order written. Compared
     * without whitespace: a line may break after a hyphen or slash ("e-|post"), which extraction
     * turns into a space the answer does not have.
     */
    private static void assertAnswerTexts(String body, Map<String, Answer> answers) {
        String text = squeeze(body);
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            if (answer.getValue().text() == null) {
                continue;
            }
            int from = 0;
            for (String line : answer.getValue().text().split("\n")) {
                String paragraph = squeeze(line);
                int at = text.indexOf(paragraph, from);
                assertThat(at).as("answer %s, paragraph \"%s\"", answer.getKey(), paragraph).isNotNegative();
                from = at + paragraph.length();
            }
        }
    }

    private static void assertLanguage(byte[] pdf, String language) {
        try (PDDocument document = PdfInspection.load(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** 20,000 characters in paragraphs and bullets, the longest answer the form allows. */
    private static String twentyThousandCharacters() {
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        while (text.length() < 20_000) {
            paragraph++;
            String sentence = "Avsnitt " + paragraph + " om oppfølging av strategien, med måleindikatorer og tiltak som bør prioriteres. ";
            text.append(paragraph % 3 == 0 ? "• " : "").append(sentence.repeat(4).strip()).append('\n');
        }
        return text.substring(0, 20_000).strip();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), pdf);
    }
}
