package no.innspill.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Makes the PDF/A archive copy of a file a respondent attached (docs/decisions.md, "Archive copies of attachments"):
 * <ul>
 *   <li>a PDF that claims PDF/A-1 or PDF/A-2 in its XMP metadata, is not encrypted and carries no
 *       JavaScript, actions or embedded files is kept as it is — the claim is read, not validated;</li>
 *   <li>any other PDF has its pages rendered as images into a PDF/A-2b, with its text as an invisible
 *       layer where it stood ({@link PageImagePdf}): what the respondent sent, signature and letterhead
 *       included, looks the same, and its text can still be searched and copied;</li>
 *   <li>a Word or OpenDocument file is rendered from its text structure (headings, paragraphs, lists,
 *       tables) as PDF/A-2a + PDF/UA-1 by the same renderer as the response's copy, with a note that
 *       layout and images are not included.</li>
 * </ul>
 * Nothing in a file is run. Throws for a file that cannot be converted (a PDF PDFBox cannot render).
 */
@Service
public class AttachmentCopies {

    private static final Locale ARCHIVE_LANGUAGE = Locale.forLanguageTag("nb");
    private static final Pattern PART = Pattern.compile("pdfaid:part\\s*(?:=\\s*[\"']|>)\\s*(\\d)");
    private static final Pattern CONFORMANCE = Pattern.compile("pdfaid:conformance\\s*(?:=\\s*[\"']|>)\\s*([A-Za-z])");

    private static final String TABLE_STYLE = ".innspill-attachment-table { width: 100%; border-collapse: collapse; margin: 0 0 3mm 0; }"
            + " .innspill-attachment-table td { border: 0.75pt solid #8a8a8a; padding: 1mm 1.5mm; vertical-align: top; }";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ResponseDocuments documents;

    AttachmentCopies(ITemplateEngine templates, MessageSource messages, ResponseDocuments documents) {
        this.templates = templates;
        this.messages = messages;
        this.documents = documents;
    }

    /**
     * @param documentNumber the response's (22/414-7), shown in a copy made from text
     * @param owner          the body that owns the consultation, the copy's author
     */
    public ArchivalPdf convert(AttachedFile file, byte[] content, String documentNumber, String owner, FileLimits limits) {
        return switch (file.format()) {
            case PDF -> pdf(file, content, limits);
            case DOCX, ODT -> fromText(file, content, documentNumber, owner, limits);
        };
    }

    private ArchivalPdf pdf(AttachedFile file, byte[] content, FileLimits limits) {
        try (PDDocument document = Loader.loadPDF(content)) {
            String claim = claimedFlavour(document);
            if (claim != null && !document.isEncrypted() && !PdfActiveContent.has(document)) {
                return new ArchivalPdf(content, ArchivalPdf.KEPT, claim);
            }
            return new ArchivalPdf(PageImagePdf.render(document, file.name(), limits), ArchivalPdf.PAGE_IMAGES, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name() + " as a PDF", e);
        }
    }

    /** "2b" for a file whose XMP says PDF/A-2b; {@code null} unless it claims PDF/A-1 or -2. */
    static String claimedFlavour(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return null;
        }
        byte[] xmp;
        try (var in = metadata.createInputStream()) {
            xmp = in.readNBytes(1024 * 1024);
        }
        String text = new String(xmp, java.nio.charset.StandardCharsets.UTF_8);
        Matcher part = PART.matcher(text);
        Matcher conformance = CONFORMANCE.matcher(text);
        if (!part.find() || !(part.group(1).equals("1") || part.group(1).equals("2")) || !conformance.find()) {
            return null;
        }
        return part.group(1) + conformance.group(1).toLowerCase(Locale.ROOT);
    }

    private ArchivalPdf fromText(AttachedFile file, byte[] content, String documentNumber, String owner, FileLimits limits) {
        List<TextBlock> blocks;
        try {
            blocks = AttachmentTexts.structure(content, file.format(), limits).blocks();
        } catch (AttachmentTexts.Unreadable e) {
            blocks = List.of();
        }
        Context context = new Context(ARCHIVE_LANGUAGE);
        context.setVariable("fileName", file.name());
        context.setVariable("documentNumber", documentNumber);
        context.setVariable("position", file.position());
        context.setVariable("owner", owner);
        context.setVariable("lang", "nb");
        org.jsoup.nodes.Document page = Jsoup.parse(templates.process("document/attachment-copy", context));
        page.outputSettings().prettyPrint(false); // the pretty printer would add white space into the respondent's text
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(TABLE_STYLE));
        Element target = page.getElementById("attachment-text");
        if (blocks.isEmpty()) {
            target.appendElement("p").text(messages.getMessage("document.attachment-copy.empty", null, ARCHIVE_LANGUAGE));
        }
        append(target, blocks);
        return new ArchivalPdf(documents.render(page.outerHtml()), ArchivalPdf.FROM_TEXT, null);
    }

    /** The blocks as HTML; headings one level below the file's name and never skipping a level (PDF/UA). */
    static void append(Element target, List<TextBlock> blocks) {
        int previousHeading = 1;
        Deque<Element> lists = new ArrayDeque<>();
        for (TextBlock block : blocks) {
            if (!(block instanceof TextBlock.ListItem)) {
                lists.clear();
            }
            if (block instanceof TextBlock.Heading heading) {
                int level = Math.min(Math.min(heading.level() + 1, previousHeading + 1), 6);
                previousHeading = level;
                target.appendElement("h" + level).text(heading.text());
            } else if (block instanceof TextBlock.Paragraph paragraph) {
                lines(target.appendElement("p"), paragraph.text());
            } else if (block instanceof TextBlock.ListItem item) {
                int level = Math.min(item.level(), 8);
                while (lists.size() > level + 1) {
                    lists.pop();
                }
                while (lists.size() < level + 1) {
                    Element parent = lists.isEmpty() ? target : lastItem(lists.peek());
                    Element list = parent.appendElement(item.numbered() ? "ol" : "ul");
                    if (!item.numbered()) {
                        list.addClass("innspill-list");
                    }
                    lists.push(list);
                }
                lines(lists.peek().appendElement("li"), item.text());
            } else if (block instanceof TextBlock.Table table) {
                Element body = target.appendElement("table").addClass("innspill-attachment-table").appendElement("tbody");
                for (List<String> row : table.rows()) {
                    Element tr = body.appendElement("tr");
                    row.forEach(cell -> lines(tr.appendElement("td"), cell));
                }
            }
        }
    }

    private static Element lastItem(Element list) {
        Element last = list.children().last();
        return last != null ? last : list.appendElement("li");
    }

    /** Text with its line breaks as {@code <br>}. */
    private static void lines(Element element, String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                element.appendElement("br");
            }
            element.appendText(lines[i]);
        }
    }
}
