package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet could read as a formula get a leading apostrophe; others are left alone. */
class ResponseCsvFormulaTest {

    @Test
    void every_formula_start_is_guarded_including_the_norwegian_list_separator() {
        for (String risky : new String[] {"=1+1", "+47 123", "-2", "@SUM(A1)", ";=1+1", "\tx", "\rx"}) {
            assertThat(ResponseCsv.safe(risky)).as(risky).isEqualTo("'" + risky);
        }
        assertThat(ResponseCsv.safe("Vanlig tekst; med semikolon")).isEqualTo("Vanlig tekst; med semikolon");
        assertThat(ResponseCsv.safe("")).isEmpty();
        assertThat(ResponseCsv.safe(null)).isEmpty();
    }
}
