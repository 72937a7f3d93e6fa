package no.innspill.document;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.render.Box;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.jsoup.nodes.Element;

/**
 * Makes a rendered blank form fillable: an AcroForm field over every element of the page that
 * carries {@code data-pdf-field}, added with PDFBox after openhtmltopdf has laid out and written
 * the pages (its own form controls are neither tagged nor PDF/A). Each widget is tagged as a
 * {@code Form} structure element with its label as alternate text, each field has its label as
 * tooltip (/TU), and no field has an action or JavaScript, so the document stays PDF/A-2a and PDF/UA-1.
 *
 * <p>The page declares the fields ({@code templates/document/blank-form.html} and the blank
 * parts of {@code fragments/form-content.html}):
 * <ul>
 *   <li>{@code data-pdf-field} the field's full name, dots between the levels ({@link PdfFormReader} lists the names);</li>
 *   <li>{@code data-pdf-kind} {@code text} (several lines), {@code line}, {@code radio} (one widget per option of
 *       a group of the same name) or {@code check};</li>
 *   <li>{@code data-pdf-value} the on-state of a radio button or check box: the option's id;</li>
 *   <li>{@code data-pdf-label} what a screen reader says for the widget; {@code data-pdf-group-label} for a radio group.</li>
 * </ul>
 * Check boxes and radio buttons are drawn over the page's own ☐ glyph, with an appearance of lines
 * only (no font); text fields' appearance is empty until filled, with DejaVu Sans embedded in full
 * as the form's font so that a viewer can write any Norwegian text in them.
 */
final class PdfFormFields {

    private static final String ID_PREFIX = "innspill-pdf-field-";
    static final Pattern IDS = Pattern.compile(Pattern.quote(ID_PREFIX) + "\\d+");
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    /** Points, for the text typed into a field (the page itself is 11 pt). */
    private static final int FONT_SIZE = 10;

    private static volatile byte[] fontBytes;

    private enum Kind { TEXT, LINE, RADIO, CHECK }

    private record Spec(String name, Kind kind, String value, String label, String groupLabel) {
    }

    private final Map<String, Spec> byId = new LinkedHashMap<>();

    private PdfFormFields() {
    }

    /** The fields the page declares, each element given an id to find its box by once laid out. */
    static PdfFormFields declaredIn(org.jsoup.nodes.Document page) {
        PdfFormFields fields = new PdfFormFields();
        for (Element element : page.select("[data-pdf-field]")) {
            String id = ID_PREFIX + fields.byId.size();
            element.attr("id", id);
            Kind kind = Kind.valueOf(element.attr("data-pdf-kind").toUpperCase(java.util.Locale.ROOT));
            fields.byId.put(id, new Spec(element.attr("data-pdf-field"), kind, blankToNull(element.attr("data-pdf-value")),
                    element.attr("data-pdf-label"), blankToNull(element.attr("data-pdf-group-label"))));
        }
        return fields;
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /**
     * @param positions the laid-out boxes of the declared elements, from openhtmltopdf: in PDF
     *                  points, the lower left corner from the page's lower left corner
     */
    void addTo(PDDocument document, List<PagePosition<Box>> positions) throws IOException {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        COSName fontName = resources.add(PDType0Font.load(document, new ByteArrayInputStream(font()), false));
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/" + fontName.getName() + " " + FONT_SIZE + " Tf 0 g");

        PdfFormTagging tagging = new PdfFormTagging(document);
        Map<String, PDNonTerminalField> parents = new LinkedHashMap<>();
        Map<String, PDField> fields = new LinkedHashMap<>();
        Map<String, List<PDAnnotationWidget>> widgets = new LinkedHashMap<>();
        List<PagePosition<Box>> inPageOrder = new ArrayList<>(positions);
        inPageOrder.sort(java.util.Comparator.comparingInt((PagePosition<Box> position) -> index(position.getId()))
                .thenComparingInt(PagePosition::getPageNo));
        for (PagePosition<Box> position : inPageOrder) {
            Spec spec = byId.get(position.getId());
            if (spec == null) {
                continue;
            }
            PDPage page = document.getPage(position.getPageNo());
            PDRectangle rect = new PDRectangle(position.getX(), position.getY(), position.getWidth(), position.getHeight());
            PDField field = fields.computeIfAbsent(spec.name(), name -> {
                PDField made = switch (spec.kind()) {
                    case TEXT, LINE -> text(form, spec);
                    case RADIO -> radio(form, spec);
                    case CHECK -> checkBox(form, spec);
                };
                attach(form, parents, name, made);
                return made;
            });
            PDAnnotationWidget widget = new PDAnnotationWidget();
            widget.setRectangle(rect);
            widget.setPage(page);
            widget.setPrinted(true);
            widget.getCOSObject().setItem(COSName.PARENT, field);
            widget.setAppearance(appearance(document, spec, rect));
            if (spec.kind() == Kind.RADIO || spec.kind() == Kind.CHECK) {
                widget.getCOSObject().setItem(COSName.AS, COSName.Off);
            }
            widgets.computeIfAbsent(spec.name(), name -> new ArrayList<>()).add(widget);
            page.getAnnotations().add(widget);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            tagging.tag(widget, page, spec.label());
        }
        widgets.forEach((name, list) -> {
            COSArray kids = new COSArray();
            list.forEach(kids::add);
            fields.get(name).getCOSObject().setItem(COSName.KIDS, kids);
        });
        tagging.finish();
    }

    /** The declared element's place in the page: 7 for {@code innspill-pdf-field-7}. */
    private static int index(String id) {
        return id != null && id.startsWith(ID_PREFIX) ? Integer.parseInt(id.substring(ID_PREFIX.length())) : Integer.MAX_VALUE;
    }

    /** Puts the field under its parents ({@code q2.part.goal1} under {@code q2} and {@code part}), made when first needed. */
    private static void attach(PDAcroForm form, Map<String, PDNonTerminalField> parents, String name, PDField field) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            form.getFields().add(field);
            return;
        }
        PDNonTerminalField parent = parent(form, parents, name.substring(0, dot));
        field.getCOSObject().setItem(COSName.PARENT, parent);
        COSArray kids = parent.getCOSObject().getCOSArray(COSName.KIDS);
        kids.add(field);
    }

    private static PDNonTerminalField parent(PDAcroForm form, Map<String, PDNonTerminalField> parents, String name) {
        PDNonTerminalField existing = parents.get(name);
        if (existing != null) {
            return existing;
        }
        PDNonTerminalField parent = new PDNonTerminalField(form);
        parent.setPartialName(last(name));
        parent.getCOSObject().setItem(COSName.KIDS, new COSArray());
        parents.put(name, parent);
        attach(form, parents, name, parent);
        return parent;
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * A text field shows nothing until filled (the page draws its frame); a box shows nothing when
     * off (the page's ☐ shows through) and a cross inside the ☐ when on.
     */
    private static PDAppearanceDictionary appearance(PDDocument document, Spec spec, PDRectangle rect) throws IOException {
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        if (spec.kind() == Kind.TEXT || spec.kind() == Kind.LINE) {
            PDAppearanceStream empty = stream(document, rect);
            try (PDPageContentStream content = new PDPageContentStream(document, empty)) {
                content.beginMarkedContent(COSName.getPDFName("Tx"));
                content.endMarkedContent();
            }
            appearance.setNormalAppearance(empty);
            return appearance;
        }
        COSDictionary states = new COSDictionary();
        states.setItem(COSName.Off, stream(document, rect));
        PDAppearanceStream on = stream(document, rect);
        try (PDPageContentStream content = new PDPageContentStream(document, on)) {
            // a cross inside the square of the ☐ under the widget: DejaVu Sans draws it from 0.09 to 0.81 em
            // across and from the baseline to 0.73 em up, in an advance of 0.9 em; the box is the glyph's
            // inline box, whose baseline lies 1.23 em below its top with the page's line height
            float em = rect.getWidth() / (1836f / 2048f);
            float left = 0.09f * em;
            float right = 0.807f * em;
            float bottom = rect.getHeight() - 1.231f * em;
            float top = bottom + 0.729f * em;
            float inset = 0.2f * (right - left);
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(0.09f * em);
            content.moveTo(left + inset, bottom + inset);
            content.lineTo(right - inset, top - inset);
            content.moveTo(left + inset, top - inset);
            content.lineTo(right - inset, bottom + inset);
            content.stroke();
        }
        states.setItem(COSName.getPDFName(spec.value()), on);
        appearance.getCOSObject().setItem(COSName.N, states);
        return appearance;
    }

    private static PDAppearanceStream stream(PDDocument document, PDRectangle rect) {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        return stream;
    }

    private static PDTextField text(PDAcroForm form, Spec spec) {
        PDTextField field = new PDTextField(form);
        field.setPartialName(last(spec.name()));
        field.setAlternateFieldName(spec.label());
        field.setMultiline(spec.kind() == Kind.TEXT);
        field.setDoNotSpellCheck(false);
        field.setDefaultAppearance(form.getDefaultAppearance());
        return field;
    }

    private static PDRadioButton radio(PDAcroForm form, Spec spec) {
        PDRadioButton field = new PDRadioButton(form);
        field.setPartialName(last(spec.name()));
        field.setAlternateFieldName(spec.groupLabel() == null ? spec.label() : spec.groupLabel());
        field.setRadiosInUnison(false);
        field.getCOSObject().setItem(COSName.V, COSName.Off);
        return field;
    }

    private static PDCheckBox checkBox(PDAcroForm form, Spec spec) {
        PDCheckBox field = new PDCheckBox(form);
        field.setPartialName(last(spec.name()));
        field.setAlternateFieldName(spec.label());
        field.getCOSObject().setItem(COSName.V, COSName.Off);
        return field;
    }

    private static byte[] font() {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = PdfFormFields.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + FONT + " is not on the classpath");
                }
                bytes = in.readAllBytes();
                fontBytes = bytes;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + FONT, e);
            }
        }
        return bytes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
