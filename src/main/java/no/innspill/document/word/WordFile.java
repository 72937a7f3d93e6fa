package no.innspill.document.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import no.innspill.document.FileLimits;
import no.innspill.document.word.WordFormException.Reason;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * An untrusted Word document (.docx), opened once for everything that reads it: its plain text
 * ({@link #paragraphs()}), our form's tagged controls ({@link WordFormReader}), whether it carries
 * macros. Opening checks its size and its kind by its first bytes (POI's {@link FileMagic}: a .doc
 * or a password-protected file is an OLE2 file, not a ZIP package), unpacks it within the limits
 * ({@link WordPackage}) and lets POI read it, whose XML parsing resolves no entities. Every failure
 * is a {@link WordFormException} naming what is wrong. Close it when done; nothing is written back.
 */
public final class WordFile implements AutoCloseable {

    private static final String VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";
    private static final Set<String> WORD_CONTENT_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    private final XWPFDocument document;
    private final WordWalker walker;

    private WordFile(XWPFDocument document) {
        this.document = document;
        this.walker = new WordWalker(document);
    }

    /** @throws WordFormException when the file is empty, too large, not a .docx, encrypted or damaged */
    public static WordFile open(byte[] bytes, FileLimits limits) throws WordFormException {
        if (bytes.length == 0) {
            throw new WordFormException(Reason.EMPTY, "The file is empty");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new WordFormException(Reason.TOO_LARGE, "The file is larger than " + FileLimits.megabytes(limits.maxFileBytes()));
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw oleFile(bytes);
        }
        if (magic != FileMagic.OOXML) {
            throw new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): the file is no ZIP package but "
                    + (magic == FileMagic.UNKNOWN ? "of an unknown kind" : magic.name()));
        }
        OPCPackage pkg = WordPackage.open(bytes, limits);
        try {
            checkIsWord(pkg);
            return new WordFile(new XWPFDocument(pkg));
        } catch (WordFormException e) {
            pkg.revert();
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports broken XML, relationships and records with unchecked exceptions of many kinds (POIXMLException,
            // RecordFormatException, IllegalArgumentException, …); for an untrusted file each means the same: damaged
            pkg.revert();
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged: " + WordFormException.detail(e), e);
        }
    }

    /** The body's paragraphs in reading order; controls still showing their placeholder are left out. */
    public List<WordParagraph> paragraphs() {
        return walker.paragraphs();
    }

    /** The text structure: headings, paragraphs, list items and tables, for a copy made from the text. */
    public List<no.innspill.document.TextBlock> structure() {
        return walker.structure();
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

    private static WordFormException oleFile(byte[] bytes) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = ole.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new WordFormException(Reason.ENCRYPTED, "The Word document is encrypted (protected by a password)");
            }
            if (root.hasEntry("WordDocument")) {
                return new WordFormException(Reason.LEGACY_WORD, "A Word 97-2003 document (.doc), not a .docx");
            }
            return new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): an OLE2 file of another kind");
        } catch (IOException | RuntimeException e) {
            return new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): a damaged OLE2 file", e);
        }
    }

    private static void checkIsWord(OPCPackage pkg) throws WordFormException {
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            boolean strict = !pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty();
            throw new WordFormException(Reason.NOT_WORD, strict
                    ? "Not a readable Word document: saved as Strict Open XML, which is not supported; save as an ordinary .docx"
                    : "Not a Word document (.docx): the package has no main document");
        }
        String contentType = main.get(0).getContentType();
        if (!WORD_CONTENT_TYPES.contains(contentType)) {
            throw new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): the main part is " + contentType);
        }
    }
}
