package no.innspill.cli;

import no.innspill.testing.DemoDefinition;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.innspill.document.word.WordForm;
import no.innspill.form.FormDefinition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code innspill extract --consultation 22/414 FILE...}: one JSON line per file on standard output, nothing else. */
class ExtractCommandTest {

    static final FormDefinition FORM = DemoDefinition.FORM;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    StringWriter out;
    StringWriter err;

    @BeforeEach
    void writers() {
        out = new StringWriter();
        err = new StringWriter();
    }

    @Test
    void oneJsonLinePerFileAndAnErrorLineForABadOne() throws IOException {
        Path form = Files.write(dir.resolve("skjema.docx"), WordForm.blankForm(FORM, DemoDefinition.CASE, Locale.forLanguageTag("nb")));
        Path letter = Files.write(dir.resolve("brev.pdf"), pdf("Vi viser til høringen og støtter forslaget."));
        Path empty = Files.write(dir.resolve("tom.pdf"), new byte[0]);
        Path missing = dir.resolve("finnes-ikke.docx");

        PrintStream stdout = System.out;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = run("extract", "--consultation", "22/414", form.toString(), empty.toString(), letter.toString(), missing.toString());
        } finally {
            System.setOut(stdout);
        }

        assertThat(exitCode).isEqualTo(1);
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("nothing but the JSON lines goes to standard output").isEmpty();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("file").asString()).isEqualTo(form.toString());
        assertThat(first.get("consultation").asString()).isEqualTo("22/414");
        assertThat(first.get("respondent").isNull()).isTrue();
        assertThat(first.get("answers").propertyNames()).containsExactlyElementsOf(FORM.answerIds());
        assertThat(first.get("answers").get("q1").propertyNames()).containsExactly("choice", "text");
        assertThat(first.get("answers").get("q2.goal1").propertyNames()).containsExactly("text");
        assertThat(first.get("answers").get("q3").get("text").isNull()).isTrue();
        assertThat(first.get("unplaced").isNull()).isTrue();
        assertThat(first.get("warnings").isArray()).isTrue();
        assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);

        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.propertyNames()).containsExactly("file", "error");
        assertThat(second.get("error").asString()).isEqualTo("empty file");

        JsonNode third = JSON.readTree(lines.get(2));
        assertThat(third.get("unplaced").asString()).isEqualTo("Vi viser til høringen og støtter forslaget.");
        assertThat(third.get("confidence").asDouble()).isLessThan(0.5);
        JsonNode warning = third.get("warnings").get(0);
        assertThat(warning.propertyNames()).containsExactly("code", "args", "message");
        assertThat(warning.get("code").asString()).isEqualTo("not-the-form");
        assertThat(warning.get("args").isEmpty()).isTrue();
        assertThat(warning.get("message").asString())
                .isEqualTo("Dokumentet ser ikke ut til å være høringsskjemaet; all teksten er lagt under «ikke plassert».");

        assertThat(JSON.readTree(lines.get(3)).get("error").asString()).isEqualTo("no such file");
    }

    @Test
    void everyFileReadExitsWithZero() throws IOException {
        Path form = Files.write(dir.resolve("skjema.docx"), WordForm.blankForm(FORM, DemoDefinition.CASE, Locale.forLanguageTag("nb")));
        assertThat(run("extract", "--consultation", "22/414", form.toString())).isEqualTo(0);
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void anUnknownConsultationIsAUsageError() throws IOException {
        Path form = Files.write(dir.resolve("skjema.docx"), WordForm.blankForm(FORM, DemoDefinition.CASE, Locale.forLanguageTag("nb")));
        assertThat(run("extract", "--consultation", "99/999", form.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("Unknown consultation 99/999");
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertThat(run("extract", "--consultation", "22/414")).isEqualTo(2);
        assertThat(run("extract", "skjema.docx")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    int run(String... args) {
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int exitCode = Cli.execute(args, outWriter, errWriter);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    private static byte[] pdf(String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 720);
                content.showText(line);
                content.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
