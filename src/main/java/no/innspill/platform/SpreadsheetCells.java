package no.innspill.platform;

/** What every cell Innspill writes for a spreadsheet (CSV of responses, of a chart) goes through. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A cell starting with = + - @ (or ;, the list separator Norwegian spreadsheets accept in formulas, or a tab or CR)
     * could run as a formula in a spreadsheet (CSV injection): it gets a leading apostrophe. Null is empty.
     */
    public static String formulaSafe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == ';' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
