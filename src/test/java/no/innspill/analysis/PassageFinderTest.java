package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageFinderTest {

    @Test
    void a_passage_is_found_exactly_or_with_other_white_space_in_code_points() {
        String text = "😀 Første avsnitt.\nAndre  avsnitt her.";
        assertThat(PassageFinder.find(text, "Første avsnitt.")).contains(new PassageFinder.Found(2, 17));
        assertThat(PassageFinder.find(text, "avsnitt. Andre avsnitt")).contains(new PassageFinder.Found(9, 32));
        assertThat(PassageFinder.slice(text, 9, 32)).isEqualTo("avsnitt.\nAndre  avsnitt");
        assertThat(PassageFinder.find(text, "tredje")).isEmpty();
        assertThat(PassageFinder.find(text, "  ")).isEmpty();
        assertThat(PassageFinder.find(text, "(.*)")).isEmpty();
    }

    @Test
    void marks_cut_the_text_where_inputs_begin_and_end_overlapping_ones_too() {
        String text = "abcdefghij";
        List<MarkedText.Segment> segments = MarkedText.of(text, List.of(input(1, 2, 5), input(2, 4, 8)));
        assertThat(segments.stream().map(MarkedText.Segment::text)).containsExactly("ab", "cd", "e", "fgh", "ij");
        assertThat(segments.stream().map(MarkedText.Segment::marked)).containsExactly(false, true, true, true, false);
        assertThat(segments.get(2).ending()).extracting(CodedInput::id).containsExactly(1L);
        assertThat(segments.get(3).ending()).extracting(CodedInput::id).containsExactly(2L);
        assertThat(MarkedText.of(text, List.of(input(3, 2, 99)))).singleElement().satisfies(s -> assertThat(s.marked()).isFalse());
    }

    private static CodedInput input(long id, int start, int end) {
        return new CodedInput(id, 1, 1, "q1", start, end, "x", List.of(), List.of(), null, null, "a", Instant.EPOCH, Instant.EPOCH);
    }
}
