package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A response as campaign detection sees it: its answers' sentences, each with its shingles, and all its shingles. */
final class CopyText {

    final AnalysedResponse response;
    final long[] shingles;
    final int words;
    /** The words of all answers, in form order: equal for exact copies whatever the spacing, case and punctuation. */
    final String normalised;
    private final List<List<Part>> answers = new ArrayList<>();

    /** A sentence of an answer and its shingles; short sentences have their words as one shingle. */
    private record Part(String text, long[] shingles, boolean lineBreakBefore) {
    }

    CopyText(AnalysedResponse response) {
        this.response = response;
        List<long[]> all = new ArrayList<>();
        StringBuilder normalised = new StringBuilder();
        int words = 0;
        for (Map.Entry<String, String> answer : response.texts().entrySet()) {
            String text = answer.getValue();
            List<String> answerWords = TextAnalysis.words(text);
            words += answerWords.size();
            normalised.append(answer.getKey()).append(':').append(String.join(" ", answerWords)).append('\n');
            all.add(Shingles.of(answerWords));
            List<Part> parts = new ArrayList<>();
            int previousEnd = 0;
            for (TextAnalysis.Sentence sentence : TextAnalysis.spans(text)) {
                boolean lineBreak = text.substring(previousEnd, sentence.start()).indexOf('\n') >= 0;
                parts.add(new Part(sentence.text(), Shingles.of(TextAnalysis.words(sentence.text())), lineBreak));
                previousEnd = sentence.end();
            }
            answers.add(parts);
        }
        this.shingles = Shingles.union(all);
        this.words = words;
        this.normalised = normalised.toString();
    }

    /** How well the text stands for a template: the template shingles it has, less the shingles it has of its own. */
    int fit(long[] template) {
        int shared = Shingles.shared(shingles, template);
        return shared - (shingles.length - shared);
    }

    /** The text's sentences that belong to the template, answer by answer. */
    String templatePart(long[] template) {
        return join(true, template);
    }

    /** The text's sentences that are the sender's own, not the template's; empty when none. */
    String added(long[] template) {
        return join(false, template);
    }

    /** Per answer id, the answer's sentences of the template ({@code ofTemplate}) or the sender's own; blank ones left out. */
    Map<String, String> parts(boolean ofTemplate, long[] template) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        int a = 0;
        for (String answerId : response.texts().keySet()) {
            String joined = join(List.of(answers.get(a++)), ofTemplate, template);
            if (!joined.isEmpty()) {
                parts.put(answerId, joined);
            }
        }
        return parts;
    }

    String full() {
        return String.join("\n\n", response.texts().values());
    }

    private String join(boolean ofTemplate, long[] template) {
        return join(answers, ofTemplate, template);
    }

    private static String join(List<List<Part>> answers, boolean ofTemplate, long[] template) {
        StringBuilder joined = new StringBuilder();
        for (List<Part> parts : answers) {
            StringBuilder answer = new StringBuilder();
            for (Part part : parts) {
                if (isTemplate(part, template) == ofTemplate) {
                    if (!answer.isEmpty()) {
                        answer.append(part.lineBreakBefore ? "\n" : " ");
                    }
                    answer.append(part.text);
                }
            }
            if (!answer.isEmpty()) {
                if (!joined.isEmpty()) {
                    joined.append("\n\n");
                }
                joined.append(answer);
            }
        }
        return joined.toString();
    }

    private static boolean isTemplate(Part part, long[] template) {
        if (part.shingles.length == 0) {
            return false;
        }
        int inTemplate = 0;
        for (long shingle : part.shingles) {
            if (Shingles.contains(template, shingle)) {
                inTemplate++;
            }
        }
        return inTemplate >= CampaignFinder.TEMPLATE_SENTENCE * part.shingles.length;
    }
}
