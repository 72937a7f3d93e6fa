package no.innspill.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a DOCX whose long tables are streamed: POI holds a whole document in memory, so the document is made with one
 * marked row in each long table, and while copying it to the output that row is written once per item read, chunk by
 * chunk. A table of 100,000 respondents never exists as objects, only as bytes on their way out.
 */
final class DocxRows {

    private static final String DOCUMENT = "word/document.xml";

    /**
     * One long table: its id in the marked row's cells ({@link #marker}), where its rows come from (handed on in chunks,
     * a row a list of cell texts), and the one row it has when there are none.
     */
    record Table(String id, Consumer<Consumer<List<List<String>>>> rows, List<String> whenEmpty) {
    }

    private DocxRows() {
    }

    /** The text a cell of the marked row holds: replaced by each row's value. */
    static String marker(String table, int column) {
        return "INNSPILL-ROWS-" + table + "-" + column;
    }

    static void write(byte[] docx, List<Table> tables, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(DOCUMENT)) {
                    writeDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8), tables, zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    private static void writeDocument(String xml, List<Table> tables, OutputStream zip) throws IOException {
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        int from = 0;
        for (Table table : tables) {
            int marked = xml.indexOf(marker(table.id(), 0), from);
            if (marked < 0) {
                throw new IllegalStateException("The document has no marked row for " + table.id());
            }
            int start = Math.max(xml.lastIndexOf("<w:tr>", marked), xml.lastIndexOf("<w:tr ", marked));
            int end = xml.indexOf("</w:tr>", marked) + "</w:tr>".length();
            writer.write(xml, from, start - from);
            String row = xml.substring(start, end);
            int[] written = {0};
            table.rows().accept(chunk -> {
                try {
                    for (List<String> values : chunk) {
                        writer.write(fill(row, table.id(), values));
                        written[0]++;
                    }
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (written[0] == 0) {
                writer.write(fill(row, table.id(), table.whenEmpty()));
            }
            from = end;
        }
        writer.write(xml, from, xml.length() - from);
        writer.flush();
    }

    private static String fill(String row, String table, List<String> values) {
        String filled = row;
        for (int column = 0; column < values.size(); column++) {
            filled = filled.replace(marker(table, column), escape(values.get(column)));
        }
        return filled;
    }

    /** As XML text, leaving out the characters XML 1.0 cannot hold. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
