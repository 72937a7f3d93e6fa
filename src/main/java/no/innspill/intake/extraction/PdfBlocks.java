package no.innspill.intake.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.innspill.intake.extraction.PdfLines.Line;

/**
 * Turns a PDF's lines back into the paragraphs Word laid out: page headers and footers removed,
 * lines joined into paragraphs (a line that ends before the right margin where the next line's
 * first word would have fitted ends a paragraph, as does a wider gap to the next line), bullet
 * items and check-box lines kept apart, and words broken at a line end joined again.
 */
final class PdfBlocks {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)(side|page|s\\.)?\\s*\\d{1,4}\\s*((av|of|/|-)\\s*\\d{1,4})?|[-–]\\s*\\d{1,4}\\s*[-–]");
    private static final Pattern CASE_HEADER = Pattern.compile("(?iu)(saksnummer|saksnr\\.?|vår ref\\.?|deres ref\\.?|case number)\\s*:?\\s*\\d{2}/\\d+(-\\d+)?");
    private static final Set<String> KEEP_HYPHEN_BEFORE = Set.of("og", "eller", "samt", "til", "and", "or", "og/eller");
    /** Headers and footers sit in the outer part of the page. */
    private static final float MARGIN_SHARE = 0.07f;

    private PdfBlocks() {
    }

    static List<String> of(List<Line> all) {
        List<Line> lines = withoutHeadersAndFooters(all);
        if (lines.isEmpty()) {
            return List.of();
        }
        Set<String> vocabulary = vocabulary(lines);
        float rightMargin = (float) lines.stream().mapToDouble(Line::right).max().orElse(0);
        float pitch = typicalPitch(lines);
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder(clean(lines.get(0).text()));
        for (int i = 1; i < lines.size(); i++) {
            Line previous = lines.get(i - 1);
            Line line = lines.get(i);
            String text = clean(line.text());
            if (startsBlock(previous, line, block, text, rightMargin, pitch)) {
                blocks.add(Glyphs.normaliseBullet(block.toString()));
                block.setLength(0);
                block.append(text);
            } else {
                join(block, text, vocabulary);
            }
        }
        blocks.add(Glyphs.normaliseBullet(block.toString()));
        return blocks;
    }

    private static boolean startsBlock(Line previous, Line line, CharSequence block, String text, float rightMargin, float pitch) {
        if (Glyphs.isBulletItem(text) || Glyphs.startsWithBox(text) || Glyphs.startsWithBox(block.toString())) {
            return true;
        }
        if (line.page() == previous.page()) {
            float gap = line.baseline() - previous.baseline();
            float height = Math.max(line.height(), previous.height());
            if (gap < 0 || height > 0 && gap / height > pitch * 1.2f + 0.05f) {
                return true;
            }
        }
        if (Math.abs(line.height() - previous.height()) > 0.15f * Math.max(line.height(), previous.height())) {
            return true;
        }
        if (endsWithHyphen(previous.text())) {
            return false;
        }
        float room = rightMargin - previous.right();
        return line.firstWordWidth() + previous.spaceWidth() < room - 1f;
    }

    /** The commonest distance from a line to the next on the same page, in heights of the line: the line spacing. */
    private static float typicalPitch(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (a.page() == b.page() && gap > 0 && a.height() > 0 && Math.abs(a.height() - b.height()) < 0.5f) {
                counts.merge(Math.round(gap / a.height() * 20), 1, Integer::sum);
            }
        }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            // the most frequent; of equally frequent ones the smallest
            if (entry.getValue() > bestCount || entry.getValue() == bestCount && entry.getKey() < best) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best < 0 ? 1.5f : best / 20f;
    }

    /** Drops lines in the top or bottom margin that repeat on several pages, or are page numbers or the case number. */
    static List<Line> withoutHeadersAndFooters(List<Line> lines) {
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        Set<Line> outer = outerLines(lines);
        for (Line line : outer) {
            pagesByText.computeIfAbsent(shape(line.text()), key -> new HashSet<>()).add(line.page());
        }
        List<Line> kept = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().strip();
            boolean marginal = outer.contains(line) && (pagesByText.get(shape(text)).size() > 1
                    || PAGE_NUMBER.matcher(text).matches() || CASE_HEADER.matcher(text).matches());
            if (!marginal && !CASE_HEADER.matcher(text).matches()) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The first two and last two lines of each page, where they lie in its top or bottom margin. */
    private static Set<Line> outerLines(List<Line> lines) {
        Map<Integer, List<Line>> byPage = new HashMap<>();
        lines.forEach(line -> byPage.computeIfAbsent(line.page(), page -> new ArrayList<>()).add(line));
        Set<Line> outer = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Line> page : byPage.values()) {
            for (int i = 0; i < page.size(); i++) {
                if ((i < 2 || i >= page.size() - 2) && inMargin(page.get(i))) {
                    outer.add(page.get(i));
                }
            }
        }
        return outer;
    }

    private static boolean inMargin(Line line) {
        float top = line.baseline() - line.height();
        return top < line.pageHeight() * MARGIN_SHARE || line.baseline() > line.pageHeight() * (1 - MARGIN_SHARE);
    }

    /** Text with its numbers masked, so that "Side 1 av 3" and "Side 2 av 3" repeat. */
    private static String shape(String text) {
        return text.strip().replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }

    private static String clean(String text) {
        return text.replace('\u00a0', ' ').replace('\u2010', '-').replace('\u2011', '-')
                .replace("\ufb00", "ff").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb03", "ffi").replace("\ufb04", "ffl")
                .replaceAll("[ \\t]+", " ").strip();
    }

    private static boolean endsWithHyphen(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return last == '-' || last == '\u00ad' || last == '\u2010';
    }

    /**
     * Joins a line to its paragraph: with a space, or — after a hyphen at the line end — as one word where that word is
     * plausible ("forut-" + "setning"), keeping real hyphens ("helse- og", "EU-direktiv", "e-post").
     */
    static void join(StringBuilder block, String next, Set<String> vocabulary) {
        String text = block.toString();
        if (!endsWithHyphen(text) || next.isEmpty()) {
            block.append(block.length() == 0 ? "" : " ").append(next);
            return;
        }
        boolean soft = text.charAt(text.length() - 1) == '\u00ad';
        String withoutHyphen = text.substring(0, text.length() - 1);
        int space = withoutHyphen.lastIndexOf(' ');
        String prefix = withoutHyphen.substring(space + 1);
        String continuation = next.split(" ", 2)[0];
        String continuationWord = continuation.replaceAll("[^\\p{L}\\p{N}-]+$", "");
        boolean joined;
        if (prefix.isEmpty()) {
            // "og -" + "kompleksiteten": the hyphen starts the next word
            block.append(next);
            return;
        } else if (!Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1))) {
            block.append(' ').append(next);
            return;
        } else if (KEEP_HYPHEN_BEFORE.contains(continuationWord.toLowerCase(Locale.ROOT)) || continuation.startsWith(",")) {
            block.append(' ').append(next);
            return;
        } else if (soft) {
            joined = true;
        } else if (continuationWord.isEmpty() || !Character.isLowerCase(continuationWord.charAt(0))
                || prefix.chars().anyMatch(Character::isDigit) || isAcronym(prefix)) {
            joined = false;
        } else {
            String word = (prefix + continuationWord).toLowerCase(Locale.ROOT);
            String hyphenated = (prefix + "-" + continuationWord).toLowerCase(Locale.ROOT);
            if (vocabulary.contains(hyphenated) && !vocabulary.contains(word)) {
                joined = false;
            } else if (vocabulary.contains(word)) {
                joined = true;
            } else {
                joined = prefix.codePointCount(0, prefix.length()) > 2;
            }
        }
        block.setLength(0);
        block.append(joined ? withoutHyphen : withoutHyphen + "-").append(next);
    }

    private static boolean isAcronym(String prefix) {
        long upper = prefix.chars().filter(Character::isUpperCase).count();
        return upper > 1 || upper == 1 && prefix.length() <= 3 && Character.isUpperCase(prefix.charAt(prefix.length() - 1));
    }

    /** Every word of the document as written, lower case, for deciding what a broken word was. */
    private static Set<String> vocabulary(List<Line> lines) {
        Set<String> words = new HashSet<>();
        for (Line line : lines) {
            Arrays.stream(line.text().split("\\s+"))
                    .map(word -> word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT))
                    .filter(word -> !word.isEmpty())
                    .forEach(words::add);
        }
        return words;
    }
}
