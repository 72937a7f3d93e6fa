package no.innspill.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import no.innspill.platform.DateFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The codings as one XLSX sheet, streamed by POI's SXSSF as the response export is: only the last {@link #WINDOW} rows
 * stay in memory. Header row bold and frozen, the changed time a date cell, text as string cells (never formulas).
 * Use in try-with-resources: closing deletes the temporary files.
 */
final class InputXlsx implements AutoCloseable {

    static final int WINDOW = 100;
    static final int MAX_CELL = 32_767;
    static final int MAX_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int[] WIDTHS = {14, 30, 14, 30, 60, 30, 22, 60, 16, 18};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private int rowNumber = 1;

    InputXlsx(String sheetName, List<String> headers) {
        workbook.setCompressTempFiles(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        sheet = workbook.createSheet(sheetName);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, WIDTHS[Math.min(c, WIDTHS.length - 1)] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** One row: strings, numbers and instants (shown in Europe/Oslo); {@code null} leaves the cell empty. */
    void write(List<Object> values) {
        Row row = sheet.createRow(rowNumber++);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Instant instant) {
                Cell cell = row.createCell(c);
                cell.setCellValue(instant.atZone(DateFormats.OSLO).toLocalDateTime());
                cell.setCellStyle(date);
            } else if (value != null && !value.toString().isEmpty()) {
                String text = value.toString();
                row.createCell(c).setCellValue(text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…");
            }
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
}
