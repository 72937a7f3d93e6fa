package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Case numbers as people write them: 22/414 and 2022/414 are one case, shown 22/414, in URLs 22-414. */
class CaseNumberTest {

    @ParameterizedTest
    @CsvSource({
            "22/414, 2022, 414, 22/414, 22-414",
            "2022/414, 2022, 414, 22/414, 22-414",
            "2026/1234, 2026, 1234, 26/1234, 26-1234",
            "22/00414, 2022, 414, 22/414, 22-414",
            "2022/0000000414, 2022, 414, 22/414, 22-414",
            "00/1, 2000, 1, 00/1, 00-1",
            "2000/1, 2000, 1, 00/1, 00-1",
            "99/999999, 2099, 999999, 99/999999, 99-999999",
            "2099/999999, 2099, 999999, 99/999999, 99-999999"})
    void both_spellings_and_leading_zeros_read_as_one_case(String written, int year, int sequence, String shortForm, String slug) {
        CaseNumber caseNumber = CaseNumber.parse(written).orElseThrow();

        assertThat(caseNumber).isEqualTo(new CaseNumber(year, sequence));
        assertThat(caseNumber.shortForm()).isEqualTo(shortForm);
        assertThat(caseNumber.slug()).isEqualTo(slug);
        assertThat(CaseNumber.fromSlug(slug)).contains(caseNumber);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "22/", "/414", "2022/", "22/414/1", "22/414-7", "22-414", "22/0", "2022/0", "22/000",
            "22/1000000", "22/99999999999", "22/99999999999999999999999", "2/414", "222/414", "20222/414", "ab/414",
            " 22/414", "22/414 ", "22 /414", "22/ 414", "22/+414", "22/-414", "22/4 14", "22/41.4", "22\\414", "22／414",
            "٢٢/٤١٤", "22/414\n"})
    void anything_else_is_no_case_number(String written) {
        assertThat(CaseNumber.parse(written)).as("«%s»", written).isEmpty();
        assertThat(CaseNumber.hasYearOutOfRange(written)).isFalse();
    }

    /** 1999/5 would be shown 99/5, which is 2099/5: outside 2000–2099 the short form names no single year. */
    @ParameterizedTest
    @ValueSource(strings = {"1999/5", "2100/5", "0022/414", "9999/1"})
    void a_four_digit_year_outside_this_century_is_refused_and_said_to_be(String written) {
        assertThat(CaseNumber.parse(written)).isEmpty();
        assertThat(CaseNumber.hasYearOutOfRange(written)).isTrue();
    }

    @Test
    void null_is_no_case_number() {
        assertThat(CaseNumber.parse(null)).isEmpty();
        assertThat(CaseNumber.fromSlug(null)).isEmpty();
        assertThat(CaseNumber.hasYearOutOfRange(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-414", "22/414", "22-", "-414", "22-0", "22-1234567", "22-414-1", "../etc", "22-414 "})
    void a_slug_has_the_short_form(String slug) {
        assertThat(CaseNumber.fromSlug(slug)).isEmpty();
    }

    @Test
    void a_slug_with_leading_zeros_finds_the_case() {
        assertThat(CaseNumber.fromSlug("22-0414")).contains(new CaseNumber(2022, 414));
    }

    @Test
    void no_case_number_outside_the_ranges_can_be_made() {
        assertThatThrownBy(() -> new CaseNumber(1999, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(2022, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(2022, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
