package no.innspill.intake.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.innspill.document.CaseDetails;
import no.innspill.document.word.WordForm;
import no.innspill.testing.DemoDefinition;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.Question.Part;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture corpus of issue 4, generated: filled-in 22/414 forms made through our own Word form
 * ({@link WordForm#blankForm} with its controls filled) and through Word's usual untagged markup
 * ({@link WordMarkup}), the seed's Legemiddelverket response typed into the form, and letters that
 * ignore the form; each .docx also converted to PDF by LibreOffice in one {@code soffice} run.
 * Ground truth is what the documents were generated from. Written once per test run to
 * {@code target/intake-corpus/}; a later run converts again only when a .docx changed.
 */
final class IntakeCorpus {

    static final FormDefinition FORM = DemoDefinition.FORM;
    static final CaseDetails CASE = DemoDefinition.CASE;
    static final Path DIRECTORY = Path.of("target", "intake-corpus");

    /** One generated document and what a perfect extraction returns for it. */
    record Document(String name, String respondent, Map<String, Answer> truth, String letterText) {

        boolean letter() {
            return letterText != null;
        }
    }

    /** The corpus on disk; {@code pdf} is null where LibreOffice is missing. */
    record Corpus(Path directory, List<Document> documents, boolean pdfs) {

        Path docx(Document document) {
            return directory.resolve(document.name() + ".docx");
        }

        Path pdf(Document document) {
            return directory.resolve(document.name() + ".pdf");
        }
    }

    private static Corpus cached;

    private IntakeCorpus() {
    }

    /** The corpus under target/intake-corpus, generated once per JVM. */
    static synchronized Corpus get() {
        if (cached == null) {
            cached = write(DIRECTORY);
        }
        return cached;
    }

    static boolean libreOfficeInstalled() {
        String path = System.getenv("PATH");
        return Files.isExecutable(Path.of("/usr/bin/soffice")) || path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "soffice")));
    }

    static Corpus write(Path directory) {
        try {
            Files.createDirectories(directory);
            List<Document> documents = new ArrayList<>();
            List<Path> changed = new ArrayList<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            generate(documents, files);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path docx = directory.resolve(file.getKey() + ".docx");
                Path pdf = directory.resolve(file.getKey() + ".pdf");
                if (!Files.exists(docx) || !Arrays.equals(Files.readAllBytes(docx), file.getValue()) || !Files.exists(pdf)) {
                    Files.write(docx, file.getValue());
                    Files.deleteIfExists(pdf);
                    changed.add(docx);
                }
            }
            boolean pdfs = libreOfficeInstalled();
            if (pdfs && !changed.isEmpty()) {
                convert(directory, changed);
            }
            return new Corpus(directory, List.copyOf(documents), pdfs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One soffice process for every file: starting LibreOffice is most of the cost. */
    private static void convert(Path directory, List<Path> docx) throws IOException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + directory.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", directory.toString()));
        docx.forEach(file -> command.add(file.toString()));
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("soffice.log").toFile()).start();
        try {
            if (!soffice.waitFor(10, TimeUnit.MINUTES)) {
                soffice.destroyForcibly();
                throw new IOException("soffice did not finish converting the corpus in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting", e);
        }
        for (Path file : docx) {
            Path pdf = directory.resolve(file.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
            if (!Files.exists(pdf)) {
                throw new IOException("soffice made no " + pdf + "; see " + directory.resolve("soffice.log"));
            }
        }
    }

    // ---- the documents ----

    private enum Choice { YES, NO, DONT_KNOW, NONE, TWO }

    /** What varies between generated forms. */
    private record Variant(String name, boolean tagged, WordMarkup.Boxes boxes, Choice choice, boolean goalHeadingsInForm,
                           boolean nynorsk, boolean bullets, boolean typedBullets, boolean longAnswers, boolean dotNumbering,
                           int emptyShare, String respondent, boolean respondentAsField, boolean pageOfPages) {
    }

    private static void generate(List<Document> documents, Map<String, byte[]> files) throws IOException {
        List<Variant> variants = List.of(
                new Variant("tagged-01-yes", true, null, Choice.YES, true, false, false, false, false, false, 0, "Helse Nord RHF", false, true),
                new Variant("tagged-02-no-bullets", true, null, Choice.NO, true, false, true, false, false, false, 30, "Oslo kommune", false, true),
                new Variant("tagged-03-dontknow-nynorsk", true, null, Choice.DONT_KNOW, true, true, true, false, false, false, 20, "Vestland fylkeskommune", false, true),
                new Variant("tagged-04-none", true, null, Choice.NONE, true, false, false, false, false, false, 50, null, false, true),
                new Variant("tagged-05-two", true, null, Choice.TWO, true, false, true, false, false, false, 10, "Ola Nordmann", false, true),
                new Variant("tagged-06-long", true, null, Choice.YES, true, false, true, false, true, false, 0, "Helsedirektoratet", false, true),
                new Variant("tagged-07-goals-typed", true, null, Choice.NO, false, false, true, false, false, false, 0, "Norsk Sykepleierforbund", false, true),
                new Variant("tagged-08-empty-text", true, null, Choice.YES, true, true, false, false, false, false, 100, "Tromsø kommune", false, true),
                new Variant("word-01-sdt-yes", false, WordMarkup.Boxes.CONTENT_CONTROL, Choice.YES, true, false, true, false, false, false, 20, "Legeforeningen", false, true),
                new Variant("word-02-sdt-no", false, WordMarkup.Boxes.CONTENT_CONTROL, Choice.NO, false, false, true, true, false, true, 0, null, false, false),
                new Variant("word-03-legacy-dontknow", false, WordMarkup.Boxes.LEGACY_FIELD, Choice.DONT_KNOW, true, false, false, false, false, false, 30, "Bergen kommune", true, true),
                new Variant("word-04-legacy-none", false, WordMarkup.Boxes.LEGACY_FIELD, Choice.NONE, true, true, true, false, false, true, 40, "Sogn og Fjordane legeforening", false, true),
                new Variant("word-05-typed-yes", false, WordMarkup.Boxes.TYPED, Choice.YES, false, false, true, true, false, false, 10, "Kreftforeningen", false, false),
                new Variant("word-06-typed-two", false, WordMarkup.Boxes.TYPED, Choice.TWO, true, false, true, false, false, false, 20, null, false, true),
                new Variant("word-07-typed-no-nynorsk", false, WordMarkup.Boxes.TYPED, Choice.NO, true, true, true, false, false, true, 25, "Nynorsk pasientforening", false, true),
                new Variant("word-08-long-sdt", false, WordMarkup.Boxes.CONTENT_CONTROL, Choice.DONT_KNOW, true, false, true, false, true, false, 0, "Sykehuspartner HF", false, true),
                new Variant("word-09-long-typed", false, WordMarkup.Boxes.TYPED, Choice.YES, false, false, true, true, true, true, 0, "Norsk Helsenett SF", false, false),
                new Variant("word-10-sdt-none-empty", false, WordMarkup.Boxes.CONTENT_CONTROL, Choice.NONE, true, false, false, false, false, false, 70, null, false, true),
                new Variant("word-11-legacy-yes", false, WordMarkup.Boxes.LEGACY_FIELD, Choice.YES, false, false, true, false, false, false, 15, "Folkehelseinstituttet", true, true),
                new Variant("word-12-sdt-two", false, WordMarkup.Boxes.CONTENT_CONTROL, Choice.TWO, true, true, false, false, false, true, 30, "Kari Nordmann", false, true),
                new Variant("word-13-typed-dontknow", false, WordMarkup.Boxes.TYPED, Choice.DONT_KNOW, false, false, true, false, false, false, 10, "Pasientombudet", false, true),
                new Variant("word-14-justified-times", false, WordMarkup.Boxes.TYPED, Choice.NO, true, false, true, false, true, false, 10, "Statens helsetilsyn", false, true),
                new Variant("word-15-arial-legacy", false, WordMarkup.Boxes.LEGACY_FIELD, Choice.YES, false, true, true, true, false, true, 20, "Kommunesektorens organisasjon", true, false),
                new Variant("word-16-tables", false, WordMarkup.Boxes.CONTENT_CONTROL, Choice.DONT_KNOW, true, false, true, false, true, false, 20, "Universitetet i Oslo", false, true),
                new Variant("word-17-tables-typed", false, WordMarkup.Boxes.TYPED, Choice.YES, false, false, true, true, false, true, 10, "Apotekforeningen", false, false));
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            Map<String, String> texts = texts(variant, new CorpusTexts(414L * (i + 1)));
            Map<String, Answer> truth = truth(texts, variant.choice());
            byte[] docx = variant.tagged() ? tagged(variant, texts) : markup(variant, texts);
            documents.add(new Document(variant.name(), variant.respondent(), truth, null));
            files.put(variant.name(), docx);
        }
        seed(documents, files);
        letters(documents, files);
    }

    /** The text of every answer id; null where left empty. */
    private static Map<String, String> texts(Variant variant, CorpusTexts random) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String id : FORM.answerIds()) {
            boolean empty = random.nextInt(100) < variant.emptyShare();
            int paragraphs = variant.longAnswers() && !id.equals("q4") ? 14 + random.nextInt(8) : 1 + random.nextInt(4);
            texts.put(id, empty ? null : random.answer(paragraphs, variant.bullets() && random.nextBoolean(), variant.nynorsk()));
        }
        if (!variant.goalHeadingsInForm()) {
            texts.put("q2", random.nextBoolean() ? null : random.paragraph(variant.nynorsk()));
        }
        return texts;
    }

    private static Map<String, Answer> truth(Map<String, String> texts, Choice choice) {
        Map<String, Answer> truth = new LinkedHashMap<>();
        for (String id : FORM.answerIds()) {
            String text = CorpusTexts.visible(texts.get(id));
            String picked = id.equals("q1") ? switch (choice) {
                case YES -> "yes";
                case NO -> "no";
                case DONT_KNOW -> "dont_know";
                case NONE, TWO -> null;
            } : null;
            truth.put(id, picked == null && text == null ? Answer.EMPTY : new Answer(picked, text));
        }
        return truth;
    }

    private static List<Boolean> ticks(Choice choice) {
        return switch (choice) {
            case YES -> List.of(true, false, false);
            case NO -> List.of(false, true, false);
            case DONT_KNOW -> List.of(false, false, true);
            case NONE -> List.of(false, false, false);
            case TWO -> List.of(true, false, true);
        };
    }

    // ---- Word's usual markup ----

    /** Other looks than Word's default: Times New Roman 12 pt justified with narrow margins; Arial 10 pt with wide ones. */
    private static final Map<String, java.util.function.Supplier<WordMarkup>> LOOKS = Map.of(
            "word-14-justified-times", () -> new WordMarkup().look("Times New Roman", 24, true, 1134),
            "word-15-arial-legacy", () -> new WordMarkup().look("Arial", 20, false, 1701));

    private static byte[] markup(Variant variant, Map<String, String> texts) {
        WordMarkup word = LOOKS.getOrDefault(variant.name(), WordMarkup::new).get();
        word.heading(1, CASE.title());
        word.answer(FORM.intro(), false);
        word.paragraph(CASE.emailInstructions());
        boolean tables = variant.name().contains("tables");
        if (variant.respondent() != null) {
            if (tables) {
                word.labelAndValue("Høringsinstans:", variant.respondent());
            } else if (variant.respondentAsField()) {
                word.legacyTextField("Høringsinstans:", variant.respondent());
            } else {
                word.paragraph("Høringsinstans: " + variant.respondent());
            }
        }
        boolean controls = variant.boxes() == WordMarkup.Boxes.CONTENT_CONTROL;
        word.tables = tables;
        for (Question question : FORM.questions()) {
            String number = question.number() + (variant.dotNumbering() ? ". " : ") ");
            word.heading(2, number + (variant.name().equals("word-13-typed-dontknow") ? edited(question.text()) : question.text()));
            if (question.kind() == no.innspill.form.QuestionKind.CHOICE) {
                List<String> labels = question.options().stream().map(option -> option.label() + ", " + question.elaboration().hint()).toList();
                word.checkBoxes(labels, ticks(variant.choice()), variant.boxes() == null ? WordMarkup.Boxes.TYPED : variant.boxes());
            }
            if (!question.parts().isEmpty()) {
                if (texts.get(question.id()) != null) {
                    field(word, texts.get(question.id()), controls, variant.typedBullets());
                }
                for (Part part : question.parts()) {
                    String text = texts.get(part.fullId());
                    if (variant.goalHeadingsInForm()) {
                        word.heading(3, part.title());
                        field(word, text, controls, variant.typedBullets());
                    } else if (text != null && tables) {
                        word.tables = false;
                        word.inBox(inner -> inner.paragraph(part.title()).answer(text, variant.typedBullets()));
                        word.tables = true;
                    } else if (text != null) {
                        word.paragraph(part.title());
                        word.answer(text, variant.typedBullets());
                    }
                }
                continue;
            }
            field(word, texts.get(question.id()), controls, variant.typedBullets());
        }
        return word.docx("Saksnummer 22/414", variant.pageOfPages());
    }

    /** The question as a respondent's copy of the form may have it: a phrase dropped, a word changed. */
    private static String edited(String question) {
        return question.replace(", gitt strategiens rolle", "").replace("tilbakemeldinger på prosessen", "tilbakemeldingar på prosessen")
                .replace("Andre innspill og", "Andre innspill eller");
    }

    /** An answer in a rich-text control or as plain paragraphs; an empty one keeps Word's placeholder. */
    private static void field(WordMarkup word, String text, boolean control, boolean typedBullets) {
        if (word.tables) {
            word.tables = false;
            word.inBox(inner -> field(inner, text, control, typedBullets));
            word.tables = true;
            return;
        }
        if (text == null) {
            word.placeholderControl(WordMarkup.PLACEHOLDER);
        } else if (control) {
            word.answerControl(text, typedBullets);
        } else {
            word.answer(text, typedBullets);
        }
    }

    // ---- our own Word form, filled in control by control ----

    private static byte[] tagged(Variant variant, Map<String, String> texts) throws IOException {
        byte[] blank = WordForm.blankForm(FORM, CASE, Locale.forLanguageTag(variant.nynorsk() ? "nn" : "nb"));
        return editDocument(blank, xml -> {
            List<Boolean> ticks = ticks(variant.choice());
            List<Question.Option> options = FORM.questions().get(0).options();
            for (int i = 0; i < options.size(); i++) {
                if (ticks.get(i)) {
                    xml = replaceSdt(xml, "q1.choice." + options.get(i).id(),
                            sdt -> sdt.replace("w14:val=\"0\"", "w14:val=\"1\"").replace("\u2610", "\u2612"));
                }
            }
            if (variant.respondent() != null) {
                xml = write(xml, "respondent.name", variant.respondent(), false);
            }
            if (variant.goalHeadingsInForm()) {
                for (Map.Entry<String, String> text : texts.entrySet()) {
                    if (text.getValue() != null) {
                        xml = write(xml, text.getKey(), text.getValue(), true);
                    }
                }
                return xml;
            }
            // the respondent typed the goals' headings into the general field of question 2
            List<String> q2 = new ArrayList<>();
            for (Map.Entry<String, String> text : texts.entrySet()) {
                if (text.getValue() == null) {
                    continue;
                }
                if (text.getKey().startsWith("q2.")) {
                    q2.add(FORM.target(text.getKey()).orElseThrow().part().title());
                    q2.add(text.getValue());
                } else if (text.getKey().equals("q2")) {
                    q2.add(0, text.getValue());
                } else {
                    xml = write(xml, text.getKey(), text.getValue(), true);
                }
            }
            return q2.isEmpty() ? xml : write(xml, "q2", String.join("\n", q2), true);
        });
    }

    private static Pattern sdtTagged(String tag) {
        return Pattern.compile("<w:sdt><w:sdtPr>(?:(?!</w:sdt>).)*?<w:tag w:val=\"" + Pattern.quote(tag) + "\"/>.*?</w:sdt>", Pattern.DOTALL);
    }

    private static String replaceSdt(String xml, String tag, java.util.function.UnaryOperator<String> change) {
        Matcher sdt = sdtTagged(tag).matcher(xml);
        if (!sdt.find()) {
            throw new IllegalStateException("no control " + tag);
        }
        return xml.substring(0, sdt.start()) + change.apply(sdt.group()) + xml.substring(sdt.end());
    }

    /** Replaces a control's placeholder by the text, as Word does when a respondent types into it. */
    private static String write(String xml, String tag, String text, boolean block) {
        return replaceSdt(xml, tag, sdt -> {
            String content;
            if (block) {
                StringBuilder paragraphs = new StringBuilder();
                for (String line : text.split("\n")) {
                    if (line.startsWith("• ")) {
                        paragraphs.append("<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>")
                                .append("</w:numPr></w:pPr>").append(WordMarkup.runs(line.substring(2))).append("</w:p>");
                    } else {
                        paragraphs.append("<w:p>").append(WordMarkup.runs(line)).append("</w:p>");
                    }
                }
                content = paragraphs.toString();
            } else {
                content = WordMarkup.runs(text);
            }
            return sdt.replace("<w:showingPlcHdr/>", "")
                    .replaceAll("(?s)<w:sdtContent>.*</w:sdtContent>", Matcher.quoteReplacement("<w:sdtContent>" + content + "</w:sdtContent>"));
        });
    }

    private static byte[] editDocument(byte[] docx, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(java.time.LocalDateTime.of(2020, 1, 1, 0, 0));
                zip.putNextEntry(copy);
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---- the seed, and letters ----

    /** Legemiddelverket's response (demo JSON) typed into the form the way the seed shows it. */
    private static void seed(List<Document> documents, Map<String, byte[]> files) throws IOException {
        JsonNode answers;
        try (InputStream in = IntakeCorpus.class.getResourceAsStream("/demo/22-414-legemiddelverket.json")) {
            answers = JsonMapper.builder().build().readTree(in).get("answers");
        }
        Map<String, Answer> truth = new LinkedHashMap<>();
        for (String id : FORM.answerIds()) {
            JsonNode answer = answers.get(id);
            String choice = answer == null || answer.get("choice") == null || answer.get("choice").isNull() ? null : answer.get("choice").asString();
            String text = answer == null || answer.get("text") == null || answer.get("text").isNull() ? null : answer.get("text").asString();
            truth.put(id, choice == null && text == null ? Answer.EMPTY : new Answer(choice, text));
        }
        WordMarkup word = new WordMarkup();
        word.heading(1, CASE.title());
        word.answer(FORM.intro(), false);
        word.paragraph(CASE.emailInstructions());
        Question q1 = FORM.questions().get(0);
        word.paragraph("1) " + q1.text());
        word.checkBoxes(List.of("Ja, utdyp gjerne", "Nei, utdyp gjerne", "Vet ikke, utdyp gjerne"), List.of(true, false, false),
                WordMarkup.Boxes.CONTENT_CONTROL);
        word.answer(seedHyphens(truth.get("q1").text()), false);
        word.paragraph("2) " + FORM.questions().get(1).text());
        for (Part part : FORM.questions().get(1).parts()) {
            word.paragraph(part.title());
            word.answer(seedHyphens(truth.get(part.fullId()).text()), false);
        }
        word.paragraph("3) " + FORM.questions().get(2).text());
        word.placeholderControl(WordMarkup.PLACEHOLDER);
        word.paragraph("4) " + FORM.questions().get(3).text());
        word.placeholderControl(WordMarkup.PLACEHOLDER);
        documents.add(new Document("seed-legemiddelverket", null, truth, null));
        files.put("seed-legemiddelverket", word.docx("Saksnummer 22/414", false));
    }

    /** The seed's words broken at a line end, as soft hyphens where the PDF breaks them. */
    private static String seedHyphens(String text) {
        return text.replace("forutsetning", "forut" + CorpusTexts.SOFT + "setning").replace("infrastruktur", "infra" + CorpusTexts.SOFT + "struktur");
    }

    private static void letters(List<Document> documents, Map<String, byte[]> files) {
        for (int i = 1; i <= 3; i++) {
            CorpusTexts random = new CorpusTexts(9_000 + i);
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("Høringssvar – nasjonal e-helsestrategi");
            paragraphs.add("Vi viser til brev fra Direktoratet for e-helse om høring av forslag til nasjonal e-helsestrategi, og takker for muligheten til å gi innspill.");
            for (int p = 0; p < 3 + i * 2; p++) {
                paragraphs.add(random.paragraph(i == 2));
            }
            paragraphs.add("Med vennlig hilsen");
            paragraphs.add(List.of("Trondheim kommune", "Pensjonistforbundet", "Ivar Aasen-sambandet").get(i - 1));
            WordMarkup word = new WordMarkup();
            word.heading(1, paragraphs.get(0));
            paragraphs.subList(1, paragraphs.size()).forEach(word::paragraph);
            String name = "letter-0" + i;
            Map<String, Answer> truth = new LinkedHashMap<>();
            FORM.answerIds().forEach(id -> truth.put(id, Answer.EMPTY));
            documents.add(new Document(name, null, truth, CorpusTexts.visible(String.join("\n", paragraphs))));
            files.put(name, word.docx("Vår ref. 22/414", i != 2));
        }
    }
}
