package no.innspill.intake.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files for intake tests, made here rather than copied in: a plain PDF, a Word letter, and broken ones. */
public final class IntakeFixtures {

    private IntakeFixtures() {
    }

    /** A one-page PDF without PDF/A identification, one line per argument. */
    public static byte[] plainPdf(String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -18);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document (.docx) with one paragraph per argument. */
    public static byte[] letterDocx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A macro-enabled Word document (.docm) with one paragraph per argument and a macro project that would open a calculator. */
    public static byte[] macroDocx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(letterDocx(paragraphs)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var pkg = document.getPackage();
            var macros = pkg.createPart(PackagingURIHelper.createPartName("/word/vbaProject.bin"), "application/vnd.ms-office.vbaProject");
            try (var vba = macros.getOutputStream(); POIFSFileSystem ole = new POIFSFileSystem()) {
                ole.createDocument(new ByteArrayInputStream("Sub AutoOpen()\nShell \"calc\"\nEnd Sub".getBytes(StandardCharsets.US_ASCII)), "dir");
                ole.writeFilesystem(vba);
            }
            document.getPackagePart().addRelationship(macros.getPartName(), TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            document.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A Word letter with extra XML parts of spaces: each too small for POI's inflate-ratio check
     * (it spares parts under 100 kB), together as large as asked.
     */
    public static byte[] paddedDocx(int extraParts, int bytesEach, String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(letterDocx(paragraphs)));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            for (int i = 0; i < extraParts; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("customXml/filler" + i + ".xml"));
                zip.write(("<a>" + " ".repeat(bytesEach) + "</a>").getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Starts like a PDF, then is noise. */
    public static byte[] corruptPdf() {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        byte[] head = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(head, head.length + noise.length);
        System.arraycopy(noise, 0, bytes, head.length, noise.length);
        return bytes;
    }

    /** A PDF that opens only with a password. */
    public static byte[] encryptedPdf() {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plainPdf("Hemmelig")); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("eier", "leser",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document whose body unpacks to 250 MB of zeros from a few hundred kilobytes. */
    public static byte[] zipBombDocx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 250; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first half of a file, as a broken transfer leaves it. */
    public static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }
}
