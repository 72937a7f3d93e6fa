package no.innspill.document.word;

import static no.innspill.document.word.WordFormTest.W;
import static no.innspill.document.word.WordFormTest.W14;
import static no.innspill.document.word.WordFormTest.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.innspill.document.FileLimits;
import no.innspill.document.Notice;
import no.innspill.document.word.WordFormException.Reason;
import no.innspill.document.word.WordFormReader.Filled;
import no.innspill.testing.TestFiles;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reading a filled-in Word form back by its controls' tags, and refusing files that are not one. */
class WordFormReaderTest {

    static final FormDefinition FORM = WordFormTest.FORM;
    static final byte[] BLANK = WordForm.blankForm(FORM, WordFormTest.CASE, WordFormTest.BOKMAL);

    static final String Q1 = """
            Legemiddelverket stiller seg bak de fem strategiske målene og vil i tillegg gi noen oppsummerende innspill:
            Kvalitet og sammenheng i tjenestene
            • Legemiddelverket vil understreke behovet for tydelige føringer knyttet til standarder.
            • Digitalisering av tjenester kan favorisere brukere som allerede er teknisk kompetente.
            Bærekraftig helse- og omsorgssektor""";
    static final String GOAL3 = """
            • Målet kan vanskelig nås uten en standardisering av data.
            • Bruk av data er et virkemiddel, og ikke et mål i seg selv.
            Vi foreslår derfor ny tekst til innledningen: «Tilgang til elektroniske helsedata (…)»""";

    @Test
    void readsBackWhatWasFilledIn() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            tick(document, "q1.choice.yes");
            write(document, "respondent.name", "Legemiddelverket");
            write(document, "q1", Q1);
            write(document, "q2.goal3", GOAL3);
        });
        Files.write(Files.createDirectories(Path.of("target", "word-samples")).resolve("22-414-filled.docx"), filled);

        Filled read = read(filled);

        Map<String, Answer> expected = empty();
        expected.put("q1", new Answer("yes", Q1));
        expected.put("q2.goal3", new Answer(null, GOAL3));
        assertThat(read.answers()).containsExactlyEntriesOf(expected);
        assertThat(read.respondentName()).isEqualTo("Legemiddelverket");
        assertThat(read.tagged()).isTrue();
        assertThat(read.organisationNumber()).isNull();
        assertThat(read.email()).isNull();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void theBlankFormReadsAsEmpty() throws IOException {
        Filled read = read(BLANK);
        assertThat(read.answers()).containsExactlyEntriesOf(empty());
        assertThat(read.respondentName()).isNull();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void readsTheRespondentsDetails() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            write(document, "respondent.name", "Helse Nord RHF");
            write(document, "respondent.organisationNumber", "883 658 752");
            write(document, "respondent.email", "postmottak@helse-nord.no");
        });
        Filled read = read(filled);
        assertThat(read.respondentName()).isEqualTo("Helse Nord RHF");
        assertThat(read.organisationNumber()).isEqualTo("883 658 752");
        assertThat(read.email()).isEqualTo("postmottak@helse-nord.no");
    }

    @Test
    void readsTheRespondentsKindAndContactPerson() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            tick(document, "respondent.kind.organisation");
            write(document, "respondent.name", "Helse Nord RHF");
            write(document, "respondent.contactName", "Åse Ødegård");
            write(document, "respondent.contactPhone", "+47 22 33 44 55");
        });
        Filled read = read(filled);
        assertThat(read.respondentKind()).isEqualTo("organisation");
        assertThat(read.contactName()).isEqualTo("Åse Ødegård");
        assertThat(read.contactPhone()).isEqualTo("+47 22 33 44 55");
        assertThat(read.warnings()).isEmpty();
        assertThat(read(BLANK).respondentKind()).isNull();
    }

    @Test
    void bothKindsTickedAreNoKindButAWarning() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            tick(document, "respondent.kind.organisation");
            tick(document, "respondent.kind.person");
        });
        Filled read = read(filled);
        assertThat(read.respondentKind()).isNull();
        assertThat(read.warnings()).containsExactly(Notice.of("several-kinds"));
    }

    /** The Word form of a form with every question kind, every field filled in as on the fillable PDF, reads back exactly. */
    @Test
    void aFormOfEveryKindReadsBackExactly() throws IOException {
        var definition = no.innspill.consultation.ConsultationDefinitions.parse(no.innspill.testing.EveryKindForm.yaml("26/1234"));
        byte[] blank = WordForm.blankForm(definition.form(), definition.caseDetails(), java.util.Locale.forLanguageTag("nb"));
        Map<String, String> values = no.innspill.testing.EveryKindForm.filledIn();
        byte[] filled = WordFormFilling.fill(blank, values);
        Filled read = WordFormReader.read(filled, definition.form(), "26/1234");
        assertThat(read.answers()).containsExactlyEntriesOf(no.innspill.testing.EveryKindForm.answers());
        assertThat(List.of(read.respondentKind(), read.respondentName(), read.organisationNumber(), read.email(), read.contactName(),
                read.contactPhone())).containsExactly("organisation", "Skoleveien vel", "974 761 076", "post@skoleveien.example",
                "Åse Ødegård", "+47 22 33 44 55");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void readsAPrivatePersonsPublicationChoices() throws IOException {
        var definition = no.innspill.consultation.ConsultationDefinitions.parse(no.innspill.testing.EveryKindForm.yaml("26/1234"));
        byte[] blank = WordForm.blankForm(definition.form(), definition.caseDetails(), java.util.Locale.forLanguageTag("nb"));
        Filled read = WordFormReader.read(WordFormFilling.fill(blank, no.innspill.testing.EveryKindForm.filledInByAPerson()),
                definition.form(), "26/1234");
        assertThat(read.respondentKind()).isEqualTo("person");
        assertThat(read.publication()).isEqualTo(new no.innspill.document.FilledPublication("withhold", true,
                no.innspill.testing.EveryKindForm.PUBLICATION_REASON));
        assertThat(read.warnings()).isEmpty();
        assertThat(read(BLANK).publication()).isEqualTo(no.innspill.document.FilledPublication.NONE);
    }

    @Test
    void bothNameChoicesTickedAreNoChoiceButAWarning() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            tick(document, "publication.name.publish");
            tick(document, "publication.name.withhold");
        });
        Filled read = read(filled);
        assertThat(read.publication().name()).isNull();
        assertThat(read.warnings()).containsExactly(Notice.of("several-name-choices"));
    }

    /** A form made before publication was asked, or for a consultation that decides the name, lacks controls: no warning. */
    @Test
    void aFormWithoutThePublicationControlsReadsWithoutAWarning() throws IOException {
        byte[] older = editDocument(BLANK, xml -> {
            for (String tag : List.of("publication.name.publish", "publication.name.withhold", "publication.online", "publication.reason")) {
                Matcher control = sdtTagged(tag).matcher(xml);
                assertThat(control.find()).as(tag).isTrue();
                xml = xml.replace(control.group(), "");
            }
            return xml;
        });
        Filled read = read(fill(older, document -> write(document, "respondent.name", "Eldre skjema")));
        assertThat(read.respondentName()).isEqualTo("Eldre skjema");
        assertThat(read.publication()).isEqualTo(no.innspill.document.FilledPublication.NONE);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void withoutAChoiceOfNameTheFormSaysWhatHappens() throws IOException {
        var withheld = new no.innspill.document.CaseDetails(WordFormTest.CASE.caseNumber(), WordFormTest.CASE.title(),
                WordFormTest.CASE.owner(), WordFormTest.CASE.emailInstructions(), WordFormTest.CASE.deadline(),
                WordFormTest.CASE.responseEmail(), "publish");
        try (XWPFDocument document = WordFormTest.open(WordForm.blankForm(FORM, withheld, WordFormTest.BOKMAL))) {
            assertThat(WordFormTest.paragraphs(document)).extracting(WordFormTest.Paragraph::text)
                    .contains("I denne høringen blir også svar fra privatpersoner publisert med navn.")
                    .doesNotContain("☐ Ja, publiser navnet mitt");
            assertThat(WordFormTest.controls(document)).extracting(WordFormTest.Sdt::tag)
                    .doesNotContain("publication.name.publish", "publication.name.withhold").contains("publication.online");
        }
    }

    @Test
    void twoTicksInOneQuestionAreNoChoiceButAWarning() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            tick(document, "q1.choice.yes");
            tick(document, "q1.choice.no");
            write(document, "q1", "Både og.");
        });
        Filled read = read(filled);
        assertThat(read.answers().get("q1")).isEqualTo(new Answer(null, "Både og."));
        assertThat(read.warnings()).containsExactly(Notice.of("several-choices", 1, "Ja, Nei"));
    }

    @Test
    void unknownControlsAreWarnedAboutAndIgnored() throws IOException {
        byte[] filled = editDocument(BLANK, xml -> xml.replace("<w:sectPr>",
                "<w:sdt><w:sdtPr><w:tag w:val=\"q9\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Hei</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                        + "<w:sdt><w:sdtPr><w:alias w:val=\"uten tagg\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>x</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                        + "<w:sectPr>"));
        Filled read = read(filled);
        assertThat(read.answers()).containsExactlyEntriesOf(empty());
        assertThat(read.warnings()).containsExactly(Notice.of("unknown-control", "q9"));
    }

    @Test
    void missingAndDuplicatedControlsAreWarnedAbout() throws IOException {
        byte[] edited = editDocument(BLANK, xml -> {
            Matcher q4 = sdtTagged("q4").matcher(xml);
            Matcher q3 = sdtTagged("q3").matcher(xml);
            assertThat(q4.find()).isTrue();
            assertThat(q3.find()).isTrue();
            return xml.replace(q4.group(), q3.group());
        });
        byte[] filled = fill(edited, document -> write(document, "q3", "Første."));
        Filled read = read(filled);
        assertThat(read.answers().get("q3")).isEqualTo(new Answer(null, "Første."));
        assertThat(read.answers().get("q4")).isEqualTo(Answer.EMPTY);
        assertThat(read.warnings()).containsExactly(Notice.of("duplicate-control", "q3"), Notice.of("missing-control", "q4"));
    }

    @Test
    void wordsPlaceholderTypedOrLeftIsNoAnswer() throws IOException {
        byte[] filled = fill(BLANK, document -> {
            write(document, "q3", "Click or tap here to enter text.");
            write(document, "q4", "Klikk eller trykk her for å skrive inn tekst");
        });
        assertThat(read(filled).answers()).containsExactlyEntriesOf(empty());
    }

    @Test
    void textInAControlStillMarkedAsPlaceholderIsReadWithAWarning() throws IOException {
        byte[] filled = editDocument(BLANK, xml -> replaceContent(xml, "q3", false,
                "<w:p><w:r><w:t>Et svar skrevet i et annet program.</w:t></w:r></w:p>"));
        Filled read = read(filled);
        assertThat(read.answers().get("q3")).isEqualTo(new Answer(null, "Et svar skrevet i et annet program."));
        assertThat(read.warnings()).containsExactly(Notice.of("placeholder-with-text", "q3"));
    }

    @Test
    void readsWhatWordWritesForListsTablesBreaksAndTrackedChanges() throws IOException {
        String content = ""
                // a list through a style based on a list style, and a paragraph whose numbering 0 switches the list off
                + "<w:p><w:pPr><w:pStyle w:val=\"MyBullet\"/></w:pPr><w:r><w:t>Punkt fra stil</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"MyBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Ikke punkt</w:t></w:r></w:p>"
                // a soft line break, a tab, a tracked insertion and deletion, and a field's code
                + "<w:p><w:r><w:t>Linje én</w:t><w:br/><w:t>linje</w:t><w:tab/><w:t>to</w:t></w:r>"
                + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> lagt til</w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText> slettet</w:delText></w:r></w:del>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                // bullets typed by hand, and an empty paragraph
                + "<w:p><w:r><w:t>•\tskrevet for hånd</w:t></w:r></w:p><w:p/>"
                // a table
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Celle 1</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>Celle 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        byte[] filled = editPart(editDocument(BLANK, xml -> replaceContent(xml, "q3", true, content)), "word/styles.xml",
                xml -> xml.replace("</w:styles>", ""
                        + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
                        + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"MyBullet\"><w:name w:val=\"My Bullet\"/><w:basedOn w:val=\"ListBullet\"/></w:style>"
                        + "</w:styles>"));
        assertThat(read(filled).answers().get("q3").text()).isEqualTo("""
                • Punkt fra stil
                Ikke punkt
                Linje én
                linje to lagt til
                • skrevet for hånd
                Celle 1
                Celle 2""");
    }

    @Test
    void aCheckBoxThatLostItsWord2010MarkupCountsByItsGlyph() throws IOException {
        byte[] filled = editDocument(BLANK, xml -> {
            Matcher yes = sdtTagged("q1.choice.yes").matcher(xml);
            assertThat(yes.find()).isTrue();
            String plain = yes.group().replaceAll("<w14:checkbox>.*?</w14:checkbox>", "").replace("☐", "☒");
            return xml.replace(yes.group(), plain);
        });
        assertThat(read(filled).answers().get("q1")).isEqualTo(new Answer("yes", null));
    }

    @Test
    void theFormOfAnotherCaseIsWarnedAbout() throws IOException {
        byte[] other = editPart(BLANK, "docProps/custom.xml", xml -> xml.replace("22/414", "21/999"));
        assertThat(read(other).warnings()).containsExactly(Notice.of("other-case", "21/999", "22/414"));
    }

    @Test
    void aWordDocumentWithoutTheFormsControlsIsWarnedAbout() throws IOException {
        ByteArrayOutputStream letter = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Vi viser til høringen og har følgende innspill.");
            document.write(letter);
        }
        Filled read = read(letter.toByteArray());
        assertThat(read.answers()).containsExactlyEntriesOf(empty());
        assertThat(read.warnings()).containsExactly(Notice.of("no-form-controls"));
        assertThat(read.tagged()).isFalse();
    }

    @Test
    void readsTheNynorskAndEnglishForms() throws IOException {
        for (Locale language : List.of(Locale.forLanguageTag("nn"), Locale.ENGLISH)) {
            byte[] blank = WordForm.blankForm(FORM, WordFormTest.CASE, language);
            assertThat(read(blank).answers()).as(language.toString()).containsExactlyEntriesOf(empty());
            byte[] filled = fill(blank, document -> write(document, "q4", "Takk."));
            assertThat(read(filled).answers().get("q4")).isEqualTo(new Answer(null, "Takk."));
        }
    }

    /** Files that are no Word form: each refused with a clear reason, quickly, and without reading anything outside. */
    @Nested
    class HostileFiles {

        @Test
        void empty() {
            assertRefused(new byte[0], Reason.EMPTY, "empty");
        }

        @Test
        void randomBytes() {
            byte[] random = new byte[4096];
            new Random(414).nextBytes(random);
            assertRefused(random, Reason.NOT_WORD, "Not a Word document");
            assertRefused(new byte[] {'P'}, Reason.NOT_WORD, "Not a Word document");
        }

        @Test
        void aZipThatIsNoOfficeDocument() throws IOException {
            assertRefused(zip(Map.of("hei.txt", "hei")), Reason.NOT_WORD, "no Office document");
        }

        @Test
        void anExcelWorkbook() throws IOException {
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.createSheet("Svar").createRow(0).createCell(0).setCellValue("Ja");
                workbook.write(xlsx);
            }
            assertRefused(xlsx.toByteArray(), Reason.NOT_WORD, "spreadsheetml");
        }

        @Test
        void anOpenDocumentText() throws IOException {
            Map<String, String> odt = new LinkedHashMap<>();
            odt.put("mimetype", "application/vnd.oasis.opendocument.text");
            odt.put("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
            assertRefused(zip(odt), Reason.NOT_WORD, "Not a Word document");
        }

        @Test
        void anOldDocFile() throws IOException {
            ByteArrayOutputStream doc = new ByteArrayOutputStream();
            try (POIFSFileSystem ole = new POIFSFileSystem()) {
                ole.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
                ole.writeFilesystem(doc);
            }
            assertRefused(doc.toByteArray(), Reason.LEGACY_WORD, ".doc");
        }

        @Test
        void aPasswordProtectedDocx() throws Exception {
            ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
            try (POIFSFileSystem ole = new POIFSFileSystem()) {
                Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                encryptor.confirmPassword("hemmelig");
                try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(BLANK)); OutputStream out = encryptor.getDataStream(ole)) {
                    pkg.save(out);
                }
                ole.writeFilesystem(encrypted);
            }
            assertRefused(encrypted.toByteArray(), Reason.ENCRYPTED, "encrypted");
        }

        @Test
        void aTruncatedDocx() {
            assertRefused(java.util.Arrays.copyOf(BLANK, BLANK.length / 2), Reason.DAMAGED, "damaged");
            for (int length : new int[] {30, 200, BLANK.length - 40}) {
                byte[] cut = java.util.Arrays.copyOf(BLANK, length);
                WordFormException e = assertThrows(WordFormException.class, () -> read(cut), "cut at " + length);
                assertClear(e);
            }
        }

        @Test
        void brokenXmlInTheDocument() throws IOException {
            assertRefused(editDocument(BLANK, xml -> xml.substring(0, xml.length() / 2)), Reason.DAMAGED, "damaged");
        }

        @Test
        void deeplyNestedXml() throws IOException {
            int depth = 5_000;
            byte[] hostile = editDocument(BLANK, xml -> replaceContent(xml, "q3", true, "<w:customXml w:element=\"a\">".repeat(depth)
                    + "<w:p><w:r><w:t>dypt</w:t></w:r></w:p>" + "</w:customXml>".repeat(depth)));
            assertRefused(hostile, Reason.DAMAGED, "damaged");
        }

        @Test
        void anExternalEntityIsNeverResolved(@TempDir Path directory) throws IOException {
            Path secret = Files.writeString(directory.resolve("secret.txt"), "TOPPHEMMELIG-414");
            byte[] hostile = editDocument(BLANK, xml -> xml
                    .replace("<w:document ", "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]><w:document ")
                    .replaceFirst(Pattern.quote(WordFormTest.PLACEHOLDER), "&secret;"));
            assertThat(new String(hostile, StandardCharsets.ISO_8859_1)).doesNotContain("TOPPHEMMELIG");
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try {
                    Filled read = read(hostile);
                    assertThat(read.toString()).doesNotContain("TOPPHEMMELIG");
                } catch (WordFormException e) {
                    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                    assertClear(e);
                    assertThat(e.getMessage()).doesNotContain("TOPPHEMMELIG");
                }
            });
        }

        @Test
        void entityExpansion() throws IOException {
            StringBuilder entities = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"ha\">");
            for (int i = 1; i <= 12; i++) {
                entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
            }
            byte[] hostile = editDocument(BLANK, xml -> xml
                    .replace("<w:document ", entities + "]><w:document ")
                    .replaceFirst(Pattern.quote(WordFormTest.PLACEHOLDER), "&l12;"));
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                WordFormException e = assertThrows(WordFormException.class, () -> read(hostile));
                assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                assertClear(e);
            });
        }

        @Test
        void aFileOver20MB() {
            assertRefused(new byte[20 * 1024 * 1024 + 1], Reason.TOO_LARGE, "20 MB");
        }

        @Test
        void aZipBomb() {
            byte[] bomb = TestFiles.zipBombDocx();
            assertThat(bomb.length).isLessThan(1024 * 1024);
            assertRefused(bomb, Reason.TOO_LARGE_UNPACKED, "unpacks to more than");
        }

        /** Parts too small for POI's inflate-ratio check (it spares parts under 100 kB) but too many bytes together. */
        @Test
        void partsThatTogetherUnpackToMoreThanTheLimit() throws IOException {
            Map<String, String> parts = WordFormTest.unzip(BLANK);
            for (int i = 0; i < 30; i++) {
                parts.put("customXml/filler" + i + ".xml", "<a>" + " ".repeat(50_000) + "</a>");
            }
            byte[] padded = zip(parts);
            FileLimits oneMegabyte = new FileLimits(FileLimits.DEFAULTS.maxFileBytes(), 1024 * 1024, 2_000, 0.01, 500);
            try (WordFile file = WordFile.open(padded, FileLimits.DEFAULTS)) {
                assertThat(file.paragraphs()).isNotEmpty();
            }
            WordFormException e = assertThrows(WordFormException.class, () -> WordFile.open(padded, oneMegabyte));
            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE_UNPACKED);
            assertThat(e.getMessage()).contains("1 MB");
            assertClear(e);
        }

        @Test
        void morePartsThanTheLimit() throws IOException {
            FileLimits tenParts = new FileLimits(FileLimits.DEFAULTS.maxFileBytes(), FileLimits.DEFAULTS.maxUnpackedBytes(), 10, 0.01, 500);
            assertThat(WordFormTest.unzip(BLANK)).hasSizeGreaterThan(10);
            WordFormException e = assertThrows(WordFormException.class, () -> WordFile.open(BLANK, tenParts));
            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE_UNPACKED);
            assertClear(e);
        }

        private void assertRefused(byte[] file, Reason reason, String messagePart) {
            WordFormException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> assertThrows(WordFormException.class, () -> read(file)));
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(messagePart);
            assertClear(e);
        }

        private void assertClear(WordFormException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\tat ", "\n");
            assertThat(e).isInstanceOf(IOException.class);
        }
    }

    // ---- filling a form the way Word does ----

    static Filled read(byte[] docx) throws IOException {
        return WordFormReader.read(docx, FORM, "22/414");
    }

    static Map<String, Answer> empty() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        FORM.answerIds().forEach(id -> answers.put(id, Answer.EMPTY));
        return answers;
    }

    /** Opens the form with POI, changes it and saves it, as a respondent's Word would. */
    static byte[] fill(byte[] docx, Consumer<XWPFDocument> changes) throws IOException {
        try (XWPFDocument document = WordFormTest.open(docx)) {
            changes.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    static void tick(XWPFDocument document, String tag) {
        Element sdt = sdt(document, tag);
        Element checked = child(child(child(sdt, W, "sdtPr"), W14, "checkbox"), W14, "checked");
        checked.setAttributeNS(W14, "w14:val", "1");
        WordFormTest.setText(sdt.getElementsByTagNameNS(W, "t").item(0), "☒");
    }

    /** Replaces the placeholder by the text: one paragraph per line, "• " lines as list paragraphs. */
    static void write(XWPFDocument document, String tag, String text) {
        Element sdt = sdt(document, tag);
        Element properties = child(sdt, W, "sdtPr");
        properties.removeChild(child(properties, W, "showingPlcHdr"));
        Element content = child(sdt, W, "sdtContent");
        boolean block = child(content, W, "p") != null;
        while (content.getFirstChild() != null) {
            content.removeChild(content.getFirstChild());
        }
        Document owner = content.getOwnerDocument();
        if (!block) {
            content.appendChild(run(owner, text));
            return;
        }
        for (String line : text.split("\n")) {
            Element paragraph = owner.createElementNS(W, "w:p");
            if (line.startsWith("• ")) {
                Element paragraphProperties = element(owner, paragraph, "pPr");
                element(owner, paragraphProperties, "pStyle").setAttributeNS(W, "w:val", "ListParagraph");
                Element numbering = element(owner, paragraphProperties, "numPr");
                element(owner, numbering, "ilvl").setAttributeNS(W, "w:val", "0");
                element(owner, numbering, "numId").setAttributeNS(W, "w:val", "1");
                line = line.substring(2);
            }
            paragraph.appendChild(run(owner, line));
            content.appendChild(paragraph);
        }
    }

    private static Element run(Document owner, String text) {
        Element run = owner.createElementNS(W, "w:r");
        WordFormTest.setText(element(owner, run, "t"), text);
        return run;
    }

    private static Element element(Document owner, Element parent, String localName) {
        Element element = owner.createElementNS(W, "w:" + localName);
        parent.appendChild(element);
        return element;
    }

    private static Element sdt(XWPFDocument document, String tag) {
        return WordFormTest.controls(document).stream().filter(sdt -> sdt.tag().equals(tag)).findFirst().orElseThrow().element();
    }

    // ---- editing the package's XML directly, for what Word or a hostile sender may write ----

    static Pattern sdtTagged(String tag) {
        return Pattern.compile("<w:sdt><w:sdtPr>(?:(?!</w:sdt>).)*?<w:tag w:val=\"" + Pattern.quote(tag) + "\"/>.*?</w:sdt>", Pattern.DOTALL);
    }

    /** The control's content replaced; its placeholder flag kept or dropped. */
    static String replaceContent(String xml, String tag, boolean dropPlaceholderFlag, String content) {
        Matcher sdt = sdtTagged(tag).matcher(xml);
        assertThat(sdt.find()).as(tag).isTrue();
        String replaced = sdt.group().replaceFirst("(?s)<w:sdtContent>.*</w:sdtContent>",
                Matcher.quoteReplacement("<w:sdtContent>" + content + "</w:sdtContent>"));
        if (dropPlaceholderFlag) {
            replaced = replaced.replace("<w:showingPlcHdr/>", "");
        }
        return xml.replace(sdt.group(), replaced);
    }

    static byte[] editDocument(byte[] docx, UnaryOperator<String> edit) throws IOException {
        return editPart(docx, "word/document.xml", edit);
    }

    static byte[] editPart(byte[] docx, String part, UnaryOperator<String> edit) throws IOException {
        Map<String, String> parts = WordFormTest.unzip(docx);
        parts.put(part, edit.apply(parts.get(part)));
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
