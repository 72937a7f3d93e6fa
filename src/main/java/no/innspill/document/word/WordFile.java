package no.innspill.document.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * An untrusted Word document (.docx), opened once for everything that reads it: its plain text
 * ({@link #paragraphs()}), our form's tagged controls ({@link WordFormReader}), whether it carries
 * macros. Close it when done; nothing is ever written back.
 */
public final class WordFile implements AutoCloseable {

    private static final String VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";

    private final XWPFDocument document;
    private final WordWalker walker;

    private WordFile(XWPFDocument document) {
        this.document = document;
        this.walker = new WordWalker(document);
    }

    /** @throws WordFormException when the file is empty, too large, not a .docx, encrypted or damaged */
    public static WordFile open(byte[] bytes) throws IOException {
        XWPFDocument document = WordFormOpener.open(new ByteArrayInputStream(bytes));
        try {
            return new WordFile(document);
        } catch (RuntimeException e) {
            document.getPackage().revert();
            throw e;
        }
    }

    /** The body's paragraphs in reading order; controls still showing their placeholder are left out. */
    public List<WordParagraph> paragraphs() {
        return walker.paragraphs();
    }

    /** A macro project is in the package: never run, only worth telling a person about. */
    public boolean hasMacros() {
        return !document.getPackage().getPartsByContentType(VBA_CONTENT_TYPE).isEmpty();
    }

    XWPFDocument document() {
        return document;
    }

    WordWalker walker() {
        return walker;
    }

    /** Closes the package without writing anything back. */
    @Override
    public void close() {
        document.getPackage().revert();
    }
}
