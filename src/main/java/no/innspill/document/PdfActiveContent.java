package no.innspill.document;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a PDF carries JavaScript (a document-level script, an open action, additional actions) or
 * embedded files. PDFBox never runs any of it; a file with it is never kept as its own archive copy.
 */
final class PdfActiveContent {

    private PdfActiveContent() {
    }

    static boolean has(PDDocument document) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && (names.containsKey(COSName.JAVA_SCRIPT) || names.containsKey(COSName.EMBEDDED_FILES))) {
            return true;
        }
        if (catalog.containsKey(COSName.AA) || isJavaScript(catalog.getDictionaryObject(COSName.OPEN_ACTION))) {
            return true;
        }
        for (var page : document.getPages()) {
            if (page.getCOSObject().containsKey(COSName.AA)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJavaScript(COSBase action) {
        return action instanceof COSDictionary dictionary && COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S));
    }
}
