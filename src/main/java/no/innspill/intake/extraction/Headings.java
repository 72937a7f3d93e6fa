package no.innspill.intake.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.innspill.form.Question;
import no.innspill.form.Question.Part;

/**
 * Where a question or one of its parts starts in a block of text: the block reads like the
 * question's text (numbering and small edits aside), or like a part's heading ("Mål 3: …"). What
 * follows the heading in the same block is the start of its answer.
 */
final class Headings {

    static final double QUESTION_SIMILARITY = 0.8;
    static final double NUMBERED_QUESTION_SIMILARITY = 0.6;
    private static final Set<String> NUMBER_WORDS = Set.of("spørsmål", "spm", "question");

    private Headings() {
    }

    /** A heading found: the question, the part when it is a part's, and the rest of the block after it. */
    record Split(Question question, Part part, String remainder) {
    }

    /**
     * One of these questions whose text this block is, or starts with. A block that starts with the
     * question's own number ("4)", "4.") may differ more, as a short question edited by a word does.
     */
    static Split questionStart(String block, Collection<Question> questions) {
        List<Token> all = tokens(block);
        List<Token> tokens = withoutNumbering(all);
        if (tokens.isEmpty()) {
            return null;
        }
        String number = tokens.size() < all.size() ? all.get(all.size() - tokens.size() - 1).word() : null;
        Split best = null;
        double bestScore = 0;
        for (Question question : questions) {
            List<String> wanted = TextSimilarity.tokens(question.text());
            boolean numbered = String.valueOf(question.number()).equals(number);
            double threshold = numbered ? NUMBERED_QUESTION_SIMILARITY : QUESTION_SIMILARITY;
            double prefixThreshold = threshold + 0.05;
            double whole = tokens.size() <= wanted.size() + 2 ? TextSimilarity.dice(words(tokens), wanted) : 0;
            if (whole >= threshold && whole > bestScore) {
                best = new Split(question, null, "");
                bestScore = whole;
                continue;
            }
            if (wanted.size() >= 3 && tokens.size() > wanted.size()) {
                for (int n = Math.max(3, wanted.size() - 2); n <= Math.min(tokens.size() - 1, wanted.size() + 2); n++) {
                    double prefix = TextSimilarity.dice(words(tokens.subList(0, n)), wanted);
                    if (prefix >= prefixThreshold && prefix > bestScore) {
                        best = new Split(question, null, block.substring(tokens.get(n - 1).end()));
                        bestScore = prefix;
                    }
                }
            }
        }
        return best;
    }

    /** A part's heading: its whole title ("Mål 3: Helsedata til …"), or its label with a colon ("Mål 3:") before text. */
    static Split partStart(String block, Question question) {
        List<Token> tokens = tokens(block);
        for (Part part : question.parts()) {
            List<String> title = TextSimilarity.tokens(part.title());
            if (tokens.size() <= title.size() + 1 && TextSimilarity.dice(words(tokens), title) >= QUESTION_SIMILARITY) {
                return new Split(question, part, "");
            }
            String label = label(part.title());
            if (label == null) {
                continue;
            }
            List<String> labelTokens = TextSimilarity.tokens(label);
            if (tokens.size() < labelTokens.size() || !words(tokens.subList(0, labelTokens.size())).equals(labelTokens)) {
                continue;
            }
            String afterLabel = block.substring(tokens.get(labelTokens.size() - 1).end());
            if (!afterLabel.isBlank() && !afterLabel.matches("(?s)\\s*[:.–-].*")) {
                continue;
            }
            if (tokens.size() > title.size()
                    && TextSimilarity.dice(words(tokens.subList(0, title.size())), title) >= QUESTION_SIMILARITY) {
                return new Split(question, part, block.substring(tokens.get(title.size() - 1).end()));
            }
            return new Split(question, part, afterLabel);
        }
        return null;
    }

    /** "Mål 3" of "Mål 3: Helsedata til fornying og forbedring"; null when the title has no short label. */
    private static String label(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String label = title.substring(0, colon);
        return TextSimilarity.tokens(label).size() <= 3 ? label : null;
    }

    // ---- tokens with their place in the text ----

    private record Token(String word, int end) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                tokens.add(new Token(word.toString(), i));
                word.setLength(0);
            }
        }
        return tokens;
    }

    /** Without a leading "1", "1)", "Spørsmål 1:". */
    private static List<Token> withoutNumbering(List<Token> tokens) {
        int start = 0;
        if (start < tokens.size() && NUMBER_WORDS.contains(tokens.get(start).word())) {
            start++;
        }
        if (start < tokens.size() && tokens.get(start).word().chars().allMatch(Character::isDigit)) {
            start++;
        }
        return tokens.subList(start, tokens.size());
    }

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::word).toList();
    }
}
