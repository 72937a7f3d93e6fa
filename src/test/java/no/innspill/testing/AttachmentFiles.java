package no.innspill.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Attachments with text, as respondents send them, and hostile ones: for the text and archive copy tests. */
public final class AttachmentFiles {

    private AttachmentFiles() {
    }

    /** An ordinary PDF (no PDF/A: its font is not embedded) whose page says {@code lines}, one under the other. */
    public static byte[] letterPdf(String... lines) {
        return pdf(document -> { }, lines);
    }

    /** A PDF that runs JavaScript when opened (PDFBox never runs it). */
    public static byte[] javaScriptPdf(String... lines) {
        return pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hei');")), lines);
    }

    /** A PDF that opens without a password but is encrypted with an owner password (printing and copying restricted). */
    public static byte[] encryptedPdf(String... lines) {
        return pdf(document -> {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eier-passord", "", permissions);
            policy.setEncryptionKeyLength(128);
            try {
                document.protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, lines);
    }

    /** A PDF that needs a password to be opened at all. */
    public static byte[] passwordPdf() {
        return pdf(document -> {
            try {
                document.protect(new StandardProtectionPolicy("eier", "bruker", new AccessPermission()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "Hemmelig");
    }

    /** A PDF of one page with no text, as a scanner makes it (here: without even the image). */
    public static byte[] scannedPdf() {
        return pdf(document -> { }, new String[0]);
    }

    private interface Change {
        void apply(PDDocument document);
    }

    private static byte[] pdf(Change change, String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -18);
                    }
                    content.endText();
                }
            }
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word letter: a heading, a paragraph, a bulleted item and a table of two rows. */
    public static byte[] letterDocx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Innspill fra Fylkeslaget");
            document.createParagraph().createRun().setText("Vi støtter forslaget om felles journal.");
            XWPFParagraph item = document.createParagraph();
            item.setNumID(BigInteger.ONE);
            item.createRun().setText("Tiltak for pasientsikkerhet");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Tiltak");
            table.getRow(0).getCell(1).setText("Kostnad");
            table.getRow(1).getCell(0).setText("Opplæring");
            table.getRow(1).getCell(1).setText("2 millioner");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument letter: a heading, a paragraph, a list of two items (one nested) and a table. */
    public static byte[] letterOdt() {
        return odt("""
                <text:h text:outline-level="1">Uttalelse fra Kommunen</text:h>
                <text:p>Kommunen mener<text:s text:c="2"/>fristen er for kort.</text:p>
                <text:list><text:list-item><text:p>Første punkt</text:p>
                  <text:list><text:list-item><text:p>Underpunkt</text:p></text:list-item></text:list>
                </text:list-item></text:list>
                <table:table><table:table-row><table:table-cell><text:p>Rad</text:p></table:table-cell>
                  <table:table-cell><text:p>Verdi</text:p></table:table-cell></table:table-row></table:table>
                <office:annotation><text:p>Intern kommentar</text:p></office:annotation>
                """, false);
    }

    /** An OpenDocument file whose content.xml unpacks to 60 MB of spaces from a few tens of kilobytes. */
    public static byte[] zipBombOdt() {
        return odt(null, true);
    }

    /** An OpenDocument text whose content.xml declares an external entity, which must never be read. */
    public static byte[] externalEntityOdt() {
        return odtWithContent("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE office:document-content [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
                <text:p>Før &secret; etter</text:p></office:text></office:body></office:document-content>
                """.getBytes(StandardCharsets.UTF_8), 0);
    }

    private static byte[] odt(String body, boolean bomb) {
        if (bomb) {
            return odtWithContent(null, 60);
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>
                """ + body + "</office:text></office:body></office:document-content>";
        return odtWithContent(content.getBytes(StandardCharsets.UTF_8), 0);
    }

    private static byte[] odtWithContent(byte[] content, int bombMegabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            if (bombMegabytes > 0) {
                zip.write("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < bombMegabytes; i++) {
                    zip.write(spaces);
                }
            } else {
                zip.write(content);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
