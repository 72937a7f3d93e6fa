package no.innspill.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to parts of the proposal in a text, bokmål and nynorsk: "Mål 2", "måleindikator 1.4", "kapittel 3.2",
 * "§ 5", "§§ 5 og 6", "punkt 4.1", "tiltak 7", and lists of them ("mål 2, 3 og 5", "§§ 5–7"). Each is given with its
 * normalised label ("Mål 2", "Måleindikator 1.4", "Kapittel 3.2", "§ 5") and where it stands, in code points.
 * A word without a number ("Mål", "§") is no reference. Pure and thread-safe.
 */
public final class ProposalReferences {

    /** The most references read from one text: a hostile text full of "§ 1" cannot make the list unbounded. */
    public static final int MAX_REFERENCES = 1000;
    /** A range ("§§ 5–7") is spelt out up to this many numbers; a longer one gives its two ends. */
    static final int MAX_RANGE = 20;

    /** A found reference; {@code start} and {@code end} count code points of the text ({@code end} exclusive). */
    public record Reference(String label, int start, int end) {
    }

    /** Each word, bokmål and nynorsk forms, by the label it normalises to; the longer forms first. */
    private static final Map<String, String> WORDS = Map.of(
            "måleindikator(?:en|ene|er|ar|ane)?|målindikator(?:en|ene|er|ar|ane)?|indikator(?:en|ene|er|ar|ane)?", "Måleindikator",
            "mål(?:et|ene|a)?", "Mål",
            "kapit(?:t)?el(?:et)?|kapitl(?:et|ene|er|a)|kap\\.", "Kapittel",
            "punkt(?:et|ene|er|a)?|pkt\\.", "Punkt",
            "tiltak(?:et|ene|a)?", "Tiltak");

    private static final String SPACE = "[\\s\\u00A0]";
    /** 1, 1.4, 1.4.2 (up to four levels), an optional letter (5a); not a part of a longer number or word ("2,5", "1.4.2.5.6", "2025"). */
    private static final String NUMBER = "\\d{1,3}+(?:\\.\\d{1,3}+){0,3}+[a-zæøå]?(?![\\p{L}\\p{N}]|[.,]\\d)";
    /** A section of a law may be numbered per chapter: § 12-3. */
    private static final String SECTION_NUMBER = "\\d{1,3}+(?:-\\d{1,3}+)?[a-zæøå]?(?![\\p{L}\\p{N}]|[.,-]\\d)";
    private static final String SEPARATOR = "(?:" + SPACE + "{0,3}+," + SPACE + "{1,3}+|" + SPACE + "{1,3}+(?:og|eller|samt|and|or|til)"
            + SPACE + "{1,3}+|" + SPACE + "{0,3}+[–—]" + SPACE + "{0,3}+)";
    private static final String NAMED_SEPARATOR = "(?:" + SEPARATOR + "|" + SPACE + "{0,3}+-" + SPACE + "{0,3}+)";

    private static final Pattern RANGE = Pattern.compile("[–—-]|til", Pattern.CASE_INSENSITIVE);
    private static final List<Kind> KINDS;

    static {
        List<Kind> kinds = new ArrayList<>();
        WORDS.forEach((words, label) -> kinds.add(new Kind(label, Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + words + ")(?![\\p{L}])" + SPACE + "{1,3}+(?:nr\\.?" + SPACE + "{0,3}+)?"
                        + "(" + NUMBER + ")((?:" + NAMED_SEPARATOR + NUMBER + ")*+)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Pattern.compile(NAMED_SEPARATOR + "(" + NUMBER + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))));
        kinds.add(new Kind("§", Pattern.compile("(?<![§\\p{L}\\p{N}])§§?+" + SPACE + "{0,3}+(" + SECTION_NUMBER + ")((?:"
                + SEPARATOR + SECTION_NUMBER + ")*+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Pattern.compile(SEPARATOR + "(" + SECTION_NUMBER + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        KINDS = List.copyOf(kinds);
    }

    private record Kind(String label, Pattern reference, Pattern more) {
    }

    private ProposalReferences() {
    }

    /** Every reference in the text, in the order they stand; at most {@link #MAX_REFERENCES}. */
    public static List<Reference> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>(); // start, end (chars), kind index, and the label kept beside
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            Kind kind = KINDS.get(k);
            Matcher m = kind.reference().matcher(text);
            while (m.find() && labels.size() < MAX_REFERENCES * 2) {
                add(found, labels, kind.label(), m.group(1), m.start(), m.end(1));
                String previous = m.group(1);
                Matcher more = kind.more().matcher(text).region(m.start(2), m.end(2));
                while (more.find()) {
                    String number = more.group(1);
                    if (RANGE.matcher(text.substring(more.start(), more.start(1))).find()) {
                        for (String between : between(previous, number)) {
                            add(found, labels, kind.label(), between, more.start(1), more.end(1));
                        }
                    }
                    add(found, labels, kind.label(), number, more.start(1), more.end(1));
                    previous = number;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> found.get(a)[0] != found.get(b)[0] ? Integer.compare(found.get(a)[0], found.get(b)[0])
                : Integer.compare(found.get(a)[1], found.get(b)[1]));
        List<Reference> references = new ArrayList<>();
        for (int i : order) {
            if (references.size() == MAX_REFERENCES) {
                break;
            }
            int start = found.get(i)[0];
            int end = found.get(i)[1];
            references.add(new Reference(labels.get(i), text.codePointCount(0, start), text.codePointCount(0, end)));
        }
        return List.copyOf(references);
    }

    /** The labels of the text's references, each once, in the order they first stand. */
    public static List<String> labels(String text) {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        find(text).forEach(reference -> labels.add(reference.label()));
        return List.copyOf(labels);
    }

    /** The normalised label when the whole text is one reference ("mål 2" → "Mål 2"), else empty. */
    public static Optional<String> label(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return Optional.empty();
        }
        String stripped = text.strip();
        List<Reference> found = find(stripped);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == stripped.codePointCount(0, stripped.length())
                ? Optional.of(found.get(0).label()) : Optional.empty();
    }

    private static void add(List<int[]> found, List<String> labels, String word, String number, int start, int end) {
        found.add(new int[] {start, end});
        labels.add(word + " " + number.toLowerCase(Locale.ROOT));
    }

    /** The whole numbers strictly between two (5 and 7 → 6), when both are plain and close; none otherwise. */
    private static List<String> between(String from, String to) {
        if (!from.matches("\\d+") || !to.matches("\\d+")) {
            return List.of();
        }
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        if (b <= a + 1 || b - a > MAX_RANGE) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        for (int n = a + 1; n < b; n++) {
            numbers.add(Integer.toString(n));
        }
        return numbers;
    }
}
