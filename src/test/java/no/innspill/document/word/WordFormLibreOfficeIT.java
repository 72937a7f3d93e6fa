package no.innspill.document.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blank form opens in another word processor than the one it was written for: LibreOffice
 * converts it to PDF with the header, the check boxes and the placeholders in place. Runs only
 * where {@code soffice} is installed.
 */
@EnabledIf("libreOfficeInstalled")
class WordFormLibreOfficeIT {

    static boolean libreOfficeInstalled() {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "soffice")));
    }

    @Test
    void libreOfficeRendersTheBlankForm(@TempDir Path directory) throws Exception {
        Path docx = Files.write(directory.resolve("22-414-blank.docx"), WordForm.blankForm(WordFormTest.FORM, WordFormTest.CASE, WordFormTest.BOKMAL));
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + directory.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", directory.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("soffice.log").toFile()).start();
        if (!soffice.waitFor(3, TimeUnit.MINUTES)) {
            soffice.destroyForcibly();
            throw new AssertionError("soffice did not finish converting");
        }
        Path pdf = directory.resolve("22-414-blank.pdf");
        assertThat(pdf).as(Files.readString(directory.resolve("soffice.log"))).exists();
        String text = text(pdf);
        // three pages since the form carries how to send it, who answers and the publication choices
        assertThat(text).contains("Saksnummer 22/414", "Side 1 av 3", "Side 3 av 3", "Høringssvarskjema: Nasjonal e-helsestrategi",
                "☐ Ja, utdyp gjerne", "Høringsinstans: Klikk eller trykk her for å skrive inn tekst.",
                "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft", "4) Andre innspill og tilbakemeldinger?",
                "Slik sender du svaret", "Publisering av svaret");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
