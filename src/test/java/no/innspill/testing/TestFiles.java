package no.innspill.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.innspill.document.word.WordForm;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files a respondent might upload, good and hostile. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real Word document: Innspill's own blank form of the demo. */
    public static byte[] docx() {
        return WordForm.blankForm(DemoDefinition.FORM, DemoDefinition.CASE, Locale.forLanguageTag("nb"));
    }

    /** A Windows program's first bytes. */
    public static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        return bytes;
    }

    /** A Word document whose body unpacks to 40 MB from well under 1 MB. */
    public static byte[] zipBombDocx() {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx()));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    out.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bomb.toByteArray();
    }
}
