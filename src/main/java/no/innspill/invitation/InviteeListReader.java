package no.innspill.invitation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a høringsliste file into rows: CSV (UTF-8 with or without BOM, {@code ;} or {@code ,}
 * separated) or XLSX (the first sheet), each with a header row {@code navn;organisasjonsnummer;e-post;type}
 * (English headers too). Every cell is data: a formula is read as its text ({@code =SUM(A1)}),
 * never evaluated. What is not such a file (too large, not text, a zip that unpacks to too much)
 * is refused with a file error before any row is read.
 */
final class InviteeListReader {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** What an XLSX may unpack to: a list of 5000 rows is well under 5 MB. */
    private static final long MAX_UNPACKED = 30L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 200;
    private static final int MAX_CELL = 1000;

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("navn", "name"), Map.entry("name", "name"),
            Map.entry("organisasjonsnummer", "organisationNumber"), Map.entry("orgnr", "organisationNumber"),
            Map.entry("org.nr.", "organisationNumber"), Map.entry("org.nr", "organisationNumber"),
            Map.entry("organisationnumber", "organisationNumber"), Map.entry("organisation number", "organisationNumber"),
            Map.entry("organizationnumber", "organisationNumber"), Map.entry("organization number", "organisationNumber"),
            Map.entry("e-post", "email"), Map.entry("epost", "email"), Map.entry("e-postadresse", "email"),
            Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("type", "kind"), Map.entry("kind", "kind"), Map.entry("kategori", "kind"));

    private InviteeListReader() {
    }

    static List<InviteeRows.Raw> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InviteeRows.fileError("empty", "is empty; upload a CSV or XLSX file with a header row");
        }
        if (content.length > MAX_BYTES) {
            throw InviteeRows.fileError("too-large", "is " + content.length + " bytes; a list may be at most " + MAX_BYTES
                    + " bytes", MAX_BYTES / (1024 * 1024));
        }
        return isZip(content) ? readXlsx(content) : readCsv(content);
    }

    static List<InviteeRows.Raw> readCsv(byte[] content) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw notAList();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String header = text.substring(0, firstLineEnd);
        char separator = count(header, ';') >= count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (lines.size() > InviteeRows.MAX_ROWS + 1) {
                    throw tooMany();
                }
                lines.add(record.toList());
                numbers.add((int) record.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw InviteeRows.fileError("malformed-csv", "is not valid CSV (a quote is not closed?)");
        }
        return rows(lines, numbers);
    }

    private static List<InviteeRows.Raw> readXlsx(byte[] content) {
        checkUnpackedSize(content);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw notAList();
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > InviteeRows.MAX_ROWS + 1) {
                throw tooMany();
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                short last = row.getLastCellNum();
                if (last > 50) {
                    throw InviteeRows.fileError("too-many-columns", "has more than 50 columns");
                }
                for (int i = 0; i < Math.max(0, last); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof no.innspill.platform.InvalidInputException invalid) {
                throw invalid;
            }
            throw InviteeRows.fileError("unreadable-xlsx", "is not a readable XLSX workbook");
        }
        return rows(lines, numbers);
    }

    /** The cell as the user sees it typed: a formula is its text, a number its digits. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        return formatter.formatCellValue(cell);
    }

    private static List<InviteeRows.Raw> rows(List<List<String>> lines, List<Integer> numbers) {
        if (lines.isEmpty()) {
            throw InviteeRows.fileError("empty", "is empty; upload a CSV or XLSX file with a header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = Normalizer.normalize(header.get(i).strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            String field = HEADERS.get(name);
            if (field == null) {
                throw InviteeRows.fileError("unknown-column", "has a column \"" + shorten(header.get(i)) + "\"; the header row must be"
                        + " navn;organisasjonsnummer;e-post;type (or name;organisationNumber;email;kind)", shorten(header.get(i)));
            }
            if (columns.putIfAbsent(field, i) != null) {
                throw InviteeRows.fileError("duplicate-column", "has the column \"" + shorten(header.get(i)) + "\" twice",
                        shorten(header.get(i)));
            }
        }
        if (!columns.containsKey("name")) {
            throw InviteeRows.fileError("no-header", "has no header row with navn (name); the header row must be"
                    + " navn;organisasjonsnummer;e-post;type");
        }
        List<InviteeRows.Raw> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new InviteeRows.Raw(numbers.get(i), cell(line, columns.get("name")), cell(line, columns.get("organisationNumber")),
                    cell(line, columns.get("email")), cell(line, columns.get("kind"))));
        }
        if (rows.size() > InviteeRows.MAX_ROWS) {
            throw tooMany();
        }
        return rows;
    }

    private static String cell(List<String> line, Integer column) {
        if (column == null || column >= line.size()) {
            return null;
        }
        String value = line.get(column);
        return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) + "…" : value;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InviteeRows.fileError("not-utf8", "is not UTF-8 text; save the list as CSV UTF-8, or upload it as XLSX");
        }
    }

    /** Unpacks every entry, counting, so a zip bomb is refused before POI builds anything from it. */
    private static void checkUnpackedSize(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw tooLargeUnpacked();
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_UNPACKED) {
                        throw tooLargeUnpacked();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InviteeRows.fileError("unreadable-xlsx", "is not a readable XLSX workbook");
        }
        if (entries == 0) {
            throw InviteeRows.fileError("unreadable-xlsx", "is not a readable XLSX workbook");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static no.innspill.platform.InvalidInputException tooLargeUnpacked() {
        return InviteeRows.fileError("xlsx-too-large", "unpacks to more than " + MAX_UNPACKED / (1024 * 1024)
                + " MB; it is not a plain list");
    }

    private static no.innspill.platform.InvalidInputException tooMany() {
        return InviteeRows.fileError("too-many-rows", "has more than " + InviteeRows.MAX_ROWS + " rows", InviteeRows.MAX_ROWS);
    }

    private static no.innspill.platform.InvalidInputException notAList() {
        return InviteeRows.fileError("not-a-list", "is not a CSV or XLSX list");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static String shorten(String value) {
        String stripped = value.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

}
