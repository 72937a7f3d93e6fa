package no.innspill.document.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import no.innspill.document.word.WordFormException.Reason;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Opens an untrusted .docx: a size limit on the file, a look at the first bytes (.doc,
 * password-protected, not Word at all), {@link WordFormZipCheck} on what it unpacks to, then POI's
 * own package reader, whose XML parsing resolves no external entities. Every failure becomes a
 * {@link WordFormException} naming what is wrong.
 */
final class WordFormOpener {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private static final Set<String> WORD_CONTENT_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    private WordFormOpener() {
    }

    /** The document, to be closed by the caller; never writes anything back. */
    static XWPFDocument open(InputStream in) throws IOException {
        byte[] bytes = readAtMost(in);
        if (bytes.length == 0) {
            throw new WordFormException(Reason.EMPTY, "The file is empty");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw oleFile(bytes);
        }
        if (magic != FileMagic.OOXML) {
            throw new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): the file is no ZIP package but "
                    + (magic == FileMagic.UNKNOWN ? "of an unknown kind" : magic.name()));
        }
        WordFormZipCheck.check(bytes);
        OPCPackage pkg = openPackage(bytes);
        try {
            checkIsWord(pkg);
            return new XWPFDocument(pkg);
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

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new WordFormException(Reason.TOO_LARGE, "The file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
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

    private static OPCPackage openPackage(byte[] bytes) throws WordFormException {
        try {
            return OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (ODFNotOfficeXmlFileException e) {
            throw new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): an OpenDocument file (.odt)", e);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new WordFormException(Reason.NOT_WORD, "Not a Word document (.docx): a ZIP file that is no Office document", e);
        } catch (IOException | RuntimeException e) {
            throw new WordFormException(Reason.DAMAGED, "The Word document is damaged: " + WordFormException.detail(e), e);
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
