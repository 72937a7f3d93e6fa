package no.innspill.intake.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.innspill.form.Answer;
import no.innspill.intake.Extraction;
import no.innspill.intake.ExtractionException;
import no.innspill.document.FileLimits;
import no.innspill.intake.Extractor;

/**
 * How well extraction reproduces the corpus's ground truth, for one format: choices right, text
 * fields whose words match at ≥ 0.98 (1 − word edit distance over the longer length), letters
 * whose text all landed in unplaced. A field counts where the truth or the extraction has text.
 */
record CorpusScore(String format, int documents, int choicesRight, int choices, int fieldsGood, int fields, double similaritySum,
                   int lettersRight, int letters, int respondentsRight, int respondents, List<String> failures) {

    static final double FIELD_THRESHOLD = 0.98;

    double meanSimilarity() {
        return fields == 0 ? 1 : similaritySum / fields;
    }

    double fieldShare() {
        return fields == 0 ? 1 : (double) fieldsGood / fields;
    }

    static CorpusScore of(IntakeCorpus.Corpus corpus, String format) {
        int choicesRight = 0;
        int choices = 0;
        int fieldsGood = 0;
        int fields = 0;
        double sum = 0;
        int lettersRight = 0;
        int letters = 0;
        int respondentsRight = 0;
        int respondents = 0;
        List<String> failures = new ArrayList<>();
        for (IntakeCorpus.Document document : corpus.documents()) {
            Path file = format.equals("pdf") ? corpus.pdf(document) : corpus.docx(document);
            Extraction extraction = extract(file);
            if (document.letter()) {
                letters++;
                double similarity = TextSimilarity.wordSimilarity(document.letterText(), Objects.requireNonNullElse(extraction.unplaced(), ""));
                boolean empty = extraction.answers().values().stream().allMatch(Answer::isEmpty);
                if (similarity >= FIELD_THRESHOLD && empty) {
                    lettersRight++;
                } else {
                    failures.add(document.name() + "." + format + ": letter text not unplaced (" + similarity + ")");
                }
                continue;
            }
            respondents++;
            if (extraction.unplaced() != null) {
                failures.add(document.name() + "." + format + ": unplaced text in a form: " + extraction.unplaced());
            }
            if (Objects.equals(document.respondent(), extraction.respondent())) {
                respondentsRight++;
            } else {
                failures.add(document.name() + "." + format + ": respondent " + extraction.respondent() + ", expected " + document.respondent());
            }
            for (String id : IntakeCorpus.FORM.answerIds()) {
                Answer truth = document.truth().get(id);
                Answer got = extraction.answers().get(id);
                if (IntakeCorpus.FORM.target(id).orElseThrow().takesChoice()) {
                    choices++;
                    if (Objects.equals(truth.choice(), got.choice())) {
                        choicesRight++;
                    } else {
                        failures.add(document.name() + "." + format + ": " + id + " choice " + got.choice() + ", expected " + truth.choice());
                    }
                }
                if (truth.text() == null && got.text() == null) {
                    continue;
                }
                fields++;
                double similarity = TextSimilarity.wordSimilarity(Objects.requireNonNullElse(truth.text(), ""),
                        Objects.requireNonNullElse(got.text(), ""));
                sum += similarity;
                if (similarity >= FIELD_THRESHOLD) {
                    fieldsGood++;
                } else {
                    failures.add(document.name() + "." + format + ": " + id + " text similarity " + similarity + "\n  expected: "
                            + truth.text() + "\n  got:      " + got.text());
                }
            }
        }
        return new CorpusScore(format, corpus.documents().size(), choicesRight, choices, fieldsGood, fields, sum, lettersRight, letters,
                respondentsRight, respondents, failures);
    }

    static Extraction extract(Path file) {
        try {
            return Extractor.extract(file.getFileName().toString(), Files.readAllBytes(file), IntakeCorpus.FORM, IntakeCorpus.CASE, FileLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExtractionException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s: %d documents; choices %d/%d; fields >= %.2f %d/%d (%.1f %%); mean similarity %.4f; letters unplaced %d/%d; respondents %d/%d",
                format, documents, choicesRight, choices, FIELD_THRESHOLD, fieldsGood, fields, 100 * fieldShare(), meanSimilarity(),
                lettersRight, letters, respondentsRight, respondents);
    }
}
