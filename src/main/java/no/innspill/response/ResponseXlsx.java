package no.innspill.response;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.innspill.platform.DateFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Responses as an XLSX workbook, one sheet per form section ({@link ExportColumns#sections}), written by POI's
 * streaming SXSSF: only the last {@link #WINDOW} rows of each sheet stay in memory, the rest go to compressed
 * temporary files until the workbook is written out. Header row bold and frozen, dates as date cells, text as string
 * cells (never formulas, so nothing needs guarding). Use in try-with-resources: closing deletes the temporary files.
 */
final class ResponseXlsx implements AutoCloseable {

    static final int WINDOW = 100;
    /** The most characters a cell holds in Excel; POI refuses more. */
    static final int MAX_CELL = 32_767;
    /** The most responses a sheet holds under its header row (Excel's 1,048,576 rows). */
    static final int MAX_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final SXSSFWorkbook workbook;
    private final List<ExportColumns.Section> sections;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private final CellStyle date;
    private int rowNumber = 1;

    ResponseXlsx(List<ExportColumns.Section> sections, String fallbackName) {
        this.sections = sections;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        List<String> names = SheetNames.of(sections.stream().map(ExportColumns.Section::title).toList(), fallbackName);
        for (int s = 0; s < sections.size(); s++) {
            SXSSFSheet sheet = workbook.createSheet(names.get(s));
            List<ExportColumns.Column> columns = sections.get(s).columns();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(truncate(columns.get(c).header()));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(1, 1);
            sheets.add(sheet);
        }
    }

    void write(List<ExportColumns.Row> rows) {
        for (ExportColumns.Row response : rows) {
            for (int s = 0; s < sections.size(); s++) {
                Row row = sheets.get(s).createRow(rowNumber);
                List<ExportColumns.Column> columns = sections.get(s).columns();
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(response);
                    if (value instanceof Instant instant) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(instant.atZone(DateFormats.OSLO).toLocalDateTime());
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(truncate(value.toString()));
                    }
                }
            }
            rowNumber++;
        }
    }

    void finish(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            // the temporary files are gone with dispose(); nothing else to release
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }
}
