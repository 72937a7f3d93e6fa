package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An answer's text cut where inputs begin and end, so a page can wrap what inputs cover in {@code <mark>} and say after
 * each input's end which it was; overlapping inputs are one run of marks. Offsets in code points, as inputs store them.
 */
final class MarkedText {

    /** A run of the text; {@code marked} when some input covers it; {@code ending}: the inputs that end after it. */
    record Segment(String text, boolean marked, List<CodedInput> ending) {
    }

    private MarkedText() {
    }

    static List<Segment> of(String text, List<CodedInput> inputs) {
        int length = PassageFinder.length(text);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (CodedInput input : inputs) {
            if (input.end() <= length) {
                cuts.add(input.start());
                cuts.add(input.end());
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                int start = from;
                boolean marked = inputs.stream().anyMatch(i -> i.end() <= length && i.start() <= start && i.end() >= cut);
                List<CodedInput> ending = inputs.stream().filter(i -> i.end() == cut && i.end() <= length).toList();
                segments.add(new Segment(PassageFinder.slice(text, start, cut), marked, ending));
            }
            from = cut;
        }
        return segments;
    }
}
