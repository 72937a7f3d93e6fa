package no.innspill.intake.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Comparing texts by their words: lower-cased, punctuation and numbering dropped, so that
 * "1) Kan dere …" and "1. Kan dere …" with a line break in between are the same question.
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /** The words of a text, lower case, without punctuation. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** Dice's coefficient on the multisets of words: 1 for the same words in any order. */
    static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(token -> counts.merge(token, 1, Integer::sum));
        int common = 0;
        for (String token : b) {
            Integer count = counts.get(token);
            if (count != null && count > 0) {
                common++;
                counts.put(token, count - 1);
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** 1 minus the word-level edit distance over the longer length: 1 for the same words in the same order. */
    static double wordSimilarity(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (int j = 0; j <= y.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.size(); j++) {
                int substitute = previous[j - 1] + (x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[y.size()] / Math.max(x.size(), y.size());
    }

    /** Words as written, punctuation kept: what a reader compares. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
