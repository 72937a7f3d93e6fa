package no.innspill.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Fills in a fillable PDF the way a PDF viewer does, through PDFBox, for the tests that read one back. */
public final class PdfFormFilling {

    private PdfFormFilling() {
    }

    /**
     * @param values by full field name: a text field's text, a radio group's chosen on-state (an option's id);
     *               any value ticks a check box
     * @throws AssertionError when the PDF has no field of a name given
     */
    public static byte[] fill(byte[] pdf, Map<String, String> values) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                throw new AssertionError("the PDF has no form fields");
            }
            for (Map.Entry<String, String> entry : values.entrySet()) {
                PDField field = form.getField(entry.getKey());
                if (field instanceof PDCheckBox box) {
                    box.check();
                } else if (field instanceof PDRadioButton radio) {
                    radio.setValue(entry.getValue());
                } else if (field instanceof PDTextField text) {
                    text.setValue(entry.getValue());
                } else {
                    throw new AssertionError("no text field, radio group or check box named " + entry.getKey() + ": " + field);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
