package no.innspill.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Suggests the themes of an answer from the answers an analyst has already tagged: one logistic regression per theme
 * (Tribuo's linear SGD, fixed seed) over the TF-IDF of the answers' Norwegian terms. Pure and deterministic: the same
 * examples give the same scores. Knows no Spring and no database, so the {@code analyse} command's benchmark uses it too.
 */
public final class ThemeClassifier {

    /** A score at or above this suggests the theme. */
    public static final double SUGGEST = 0.5;
    /** When no theme reaches {@link #SUGGEST}, the best is still suggested if it reaches this. */
    public static final double BEST_AT_LEAST = 0.3;

    private static final String YES = "yes";
    private static final String NO = "no";
    private static final String BIAS = "__bias";
    private static final long SEED = 14L;
    private static final int EPOCHS = 25;

    /** An answer's text with the themes an analyst confirmed for it; an empty set is a confirmed "no theme". */
    public record Labelled(String text, Set<String> themes) {

        public Labelled {
            themes = Set.copyOf(themes);
        }
    }

    private final Function<String, List<String>> terms;
    private final Map<String, Double> idf;
    private final Map<String, Model<Label>> models;
    /** Themes every example had: nothing to tell them from, so they score 1. */
    private final Set<String> always;
    private final LabelFactory labels = new LabelFactory();

    private ThemeClassifier(Function<String, List<String>> terms, Map<String, Double> idf, Map<String, Model<Label>> models, Set<String> always) {
        this.terms = terms;
        this.idf = idf;
        this.models = models;
        this.always = always;
    }

    /** Trains on the examples with the Norwegian terms of {@link TextAnalysis#terms}. */
    public static ThemeClassifier train(List<Labelled> examples) {
        return train(examples, TextAnalysis::terms);
    }

    static ThemeClassifier train(List<Labelled> examples, Function<String, List<String>> terms) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Labelled example : examples) {
            Map<String, Integer> count = count(terms.apply(example.text()));
            counts.add(count);
            count.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((1.0 + examples.size()) / (1.0 + df)) + 1.0));

        Set<String> themes = new TreeSet<>();
        examples.forEach(example -> themes.addAll(example.themes()));
        Map<String, Model<Label>> models = new LinkedHashMap<>();
        Set<String> always = new TreeSet<>();
        LabelFactory factory = new LabelFactory();
        for (String theme : themes) {
            boolean anyWithout = examples.stream().anyMatch(example -> !example.themes().contains(theme));
            if (!anyWithout) {
                always.add(theme);
                continue;
            }
            MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("confirmed tags of " + theme, factory), factory);
            // the answers with a theme weigh as much together as those without: a theme of one answer in ten is not
            // drowned by the nine (sample F1 0.45 against 0.38 unweighted on a synthetic test of seven themes)
            long positives = examples.stream().filter(example -> example.themes().contains(theme)).count();
            float weight = (float) (examples.size() - positives) / positives;
            for (int i = 0; i < examples.size(); i++) {
                boolean has = examples.get(i).themes().contains(theme);
                ArrayExample<Label> example = example(new Label(has ? YES : NO), tfIdf(counts.get(i), idf));
                if (has) {
                    example.setWeight(weight);
                }
                data.add(example);
            }
            LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), EPOCHS, Integer.MAX_VALUE, 1, SEED);
            models.put(theme, trainer.train(data));
        }
        return new ThemeClassifier(terms, idf, models, always);
    }

    /** Each theme's score for the text, from 0 to 1, in the themes' order. */
    public Map<String, Double> scores(String text) {
        Map<String, Double> scores = new TreeMap<>();
        always.forEach(theme -> scores.put(theme, 1.0));
        if (models.isEmpty()) {
            return scores;
        }
        Map<String, Double> features = tfIdf(count(terms.apply(text == null ? "" : text)), idf);
        ArrayExample<Label> example = example(labels.getUnknownOutput(), features);
        models.forEach((theme, model) -> {
            Prediction<Label> prediction = model.predict(example);
            Label yes = prediction.getOutputScores().get(YES);
            scores.put(theme, yes == null ? 0.0 : yes.getScore());
        });
        return scores;
    }

    /** The themes scoring at least {@link #SUGGEST}; when none does, the best one if it scores at least {@link #BEST_AT_LEAST}. */
    public Set<String> suggest(String text) {
        Map<String, Double> scores = scores(text);
        Set<String> suggested = new LinkedHashSet<>();
        scores.forEach((theme, score) -> {
            if (score >= SUGGEST) {
                suggested.add(theme);
            }
        });
        if (suggested.isEmpty()) {
            scores.entrySet().stream().filter(entry -> entry.getValue() >= BEST_AT_LEAST)
                    .max(Map.Entry.comparingByValue()).ifPresent(best -> suggested.add(best.getKey()));
        }
        return suggested;
    }

    private static Map<String, Integer> count(List<String> terms) {
        Map<String, Integer> count = new HashMap<>();
        terms.forEach(term -> count.merge(term, 1, Integer::sum));
        return count;
    }

    /** L2-normalised TF-IDF of the terms seen in training (others cannot weigh in a model that never saw them). */
    private static Map<String, Double> tfIdf(Map<String, Integer> count, Map<String, Double> idf) {
        Map<String, Double> weights = new TreeMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> entry : count.entrySet()) {
            Double termIdf = idf.get(entry.getKey());
            if (termIdf != null) {
                double weight = (1 + Math.log(entry.getValue())) * termIdf;
                weights.put("t:" + entry.getKey(), weight);
                norm += weight * weight;
            }
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            weights.replaceAll((term, weight) -> weight / length);
        }
        return weights;
    }

    /** An example with its features and a constant one, so that an answer of unseen words still gets a score. */
    private static ArrayExample<Label> example(Label label, Map<String, Double> features) {
        Map<String, Double> all = new TreeMap<>(features);
        all.put(BIAS, 1.0);
        String[] names = all.keySet().toArray(String[]::new);
        double[] values = all.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new ArrayExample<>(label, names, values);
    }
}
