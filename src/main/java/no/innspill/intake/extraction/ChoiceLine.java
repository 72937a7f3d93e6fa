package no.innspill.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import no.innspill.form.Question;
import no.innspill.form.Question.Option;

/**
 * A line of check boxes such as "☒ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne":
 * each box tied to the label after it, the label to an option of the question (its elaboration
 * hint ignored); where no label is recognised but there are as many boxes as options, in order.
 */
final class ChoiceLine {

    private static final double LABEL_SIMILARITY = 0.6;

    private ChoiceLine() {
    }

    /** The ticked options, in line order; null when the text is no box line of this question. */
    static List<Option> ticked(String block, Question question) {
        List<Boolean> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        StringBuilder label = null;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (Glyphs.isBox(c)) {
                if (label != null) {
                    labels.add(label.toString());
                }
                boxes.add(Glyphs.isTicked(c));
                label = new StringBuilder();
            } else if (label != null) {
                label.append(c);
            }
        }
        if (label == null) {
            return null;
        }
        labels.add(label.toString());
        List<String> hint = question.elaboration() == null ? List.of() : TextSimilarity.tokens(question.elaboration().hint());
        List<Option> options = question.options();
        List<Option> byBox = new ArrayList<>();
        int recognised = 0;
        for (String text : labels) {
            Option option = option(text, options, hint);
            byBox.add(option);
            recognised += option == null ? 0 : 1;
        }
        if (recognised == 0) {
            if (boxes.size() != options.size()) {
                return null;
            }
            byBox = new ArrayList<>(options);
        }
        List<Option> ticked = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i) && byBox.get(i) != null && !ticked.contains(byBox.get(i))) {
                ticked.add(byBox.get(i));
            }
        }
        return ticked;
    }

    private static Option option(String label, List<Option> options, List<String> hint) {
        List<String> words = new ArrayList<>(TextSimilarity.tokens(label));
        if (!hint.isEmpty() && words.size() >= hint.size() && words.subList(words.size() - hint.size(), words.size()).equals(hint)) {
            words = words.subList(0, words.size() - hint.size());
        }
        Option best = null;
        double bestScore = LABEL_SIMILARITY;
        for (Option option : options) {
            List<String> wanted = TextSimilarity.tokens(option.label());
            double score = TextSimilarity.dice(words, wanted);
            if (words.size() > wanted.size() && words.subList(0, wanted.size()).equals(wanted)) {
                score = Math.max(score, 0.99);
            }
            if (score > bestScore) {
                best = option;
                bestScore = score;
            }
        }
        return best;
    }
}
