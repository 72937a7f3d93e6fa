package no.innspill.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.CosineDistance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Suggests the themes of the answers to one question or part: Norwegian analysis (bokmål and nynorsk), TF-IDF and
 * k-means over the answers' sentences. Deterministic. The caller passes each campaign's template once and each member's
 * own text, so that a campaign does not drown the rest.
 *
 * <p>A theme is a cluster of sentences, not of answers: one answer often raises several themes. A sentence is its own
 * terms (TF-IDF) and the company they keep in the answers (positive PMI of terms in neighbouring sentences), since two
 * wordings of one point share few words but the same company. K-means (Tribuo, cosine, the best of several seeds) looks
 * for {@value #MOST} themes; pieces of one theme, whose centres stay close, are then merged. An answer has the themes
 * of its sentences; a sentence far from every theme's centre, or with fewer than two terms ("Ja.", "Hilsen Odd"), gives
 * none.
 */
public final class ThemeSuggester {

    /** Themes k-means looks for before the pieces of one theme are merged; at least this many are kept. */
    static final int MOST = 14;
    static final int FEWEST = 3;
    /** Cosine similarity of two themes' centres above which they are one theme. */
    static final double SAME_THEME = 0.4;
    /** Cosine similarity to its theme's centre below which a sentence is taken as saying nothing of a theme. */
    static final double NEAR_ENOUGH = 0.35;
    private static final int ITERATIONS = 40;
    private static final int RESTARTS = 4;
    private static final long SEED = 20221;
    /** Terms whose company is counted (the most frequent); the rest count by their own words only. */
    static final int CONTEXT_TERMS = 2000;
    /** Of a sentence's company, the strongest terms kept: enough to place it, few enough to keep it small. */
    static final int COMPANY_KEPT = 120;
    /** Sentences next to each other whose terms count as keeping company: a point is made in a sentence or two. */
    static final int WINDOW = 2;
    /** Fewest distinct terms of a sentence that can carry a theme ("Hilsen Odd", "Ja, med forbehold." carry none). */
    static final int MIN_TERMS = 2;
    /** How much a sentence's own words count against its company. */
    static final double OWN_WEIGHT = 0.4;

    /** Held, since a logger nobody references can be collected and its level forgotten. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    static {
        TRIBUO.setLevel(Level.WARNING); // Tribuo reports every training at INFO
    }

    /** The suggested themes, largest first; every answer with text is a member of at least one. */
    public List<SuggestedTheme> suggest(List<AnswerText> answers) {
        return suggest(answers, 0);
    }

    /** Exactly {@code themes} suggestions (fewer when the answers cannot be told apart): for splitting a theme in two. */
    public List<SuggestedTheme> suggest(List<AnswerText> answers, int themes) {
        Sentences sentences = Sentences.of(answers);
        if (sentences.units.isEmpty()) {
            return unassignedOnly(answers);
        }
        Clustering clustering = themes > 0
                ? cluster(sentences, Math.min(themes, sentences.units.size()))
                : merged(sentences, cluster(sentences, Math.min(MOST, sentences.units.size())), SAME_THEME);
        return themes(answers, sentences, clustering.assignment, clustering.centroids);
    }

    private record Clustering(int[] assignment, double[][] centroids) {
    }

    /** The best of several k-means runs from different seeds: the one whose sentences lie nearest their centres. */
    private Clustering cluster(Sentences sentences, int k) {
        Clustering best = null;
        double bestSpread = Double.MAX_VALUE;
        for (int run = 0; run < RESTARTS; run++) {
            Clustering clustering = cluster(sentences, k, SEED + run);
            double spread = spread(sentences, clustering);
            if (spread < bestSpread) {
                bestSpread = spread;
                best = clustering;
            }
        }
        return best;
    }

    /**
     * Merges the two themes whose centres are nearest while they are nearer than {@code similar}: k-means asked for
     * more themes than there are splits one theme in pieces, and the pieces' centres stay close.
     */
    private static Clustering merged(Sentences sentences, Clustering clustering, double similar) {
        int k = clustering.centroids.length;
        double[][] sums = new double[k][];
        for (int c = 0; c < k; c++) {
            sums[c] = new double[clustering.centroids[c].length];
        }
        for (int u = 0; u < clustering.assignment.length; u++) {
            Sentences.Unit unit = sentences.units.get(u);
            unit.addTo(sums[clustering.assignment[u]], unit.weight());
        }
        int[] into = new int[k];
        java.util.Arrays.setAll(into, c -> c);
        List<Integer> alive = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            alive.add(c);
        }
        while (alive.size() > FEWEST) {
            int bestA = -1;
            int bestB = -1;
            double bestSimilarity = similar;
            for (int i = 0; i < alive.size(); i++) {
                for (int j = i + 1; j < alive.size(); j++) {
                    double similarity = cosine(sums[alive.get(i)], sums[alive.get(j)]);
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        bestA = alive.get(i);
                        bestB = alive.get(j);
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            for (int d = 0; d < sums[bestA].length; d++) {
                sums[bestA][d] += sums[bestB][d];
            }
            alive.remove(Integer.valueOf(bestB));
            for (int c = 0; c < k; c++) {
                if (into[c] == bestB) {
                    into[c] = bestA;
                }
            }
        }
        double[][] centroids = new double[alive.size()][];
        for (int i = 0; i < alive.size(); i++) {
            centroids[i] = sums[alive.get(i)].clone();
            normalise(centroids[i]);
        }
        int[] assignment = new int[clustering.assignment.length];
        for (int u = 0; u < assignment.length; u++) {
            assignment[u] = nearest(sentences.units.get(u), centroids);
        }
        return new Clustering(assignment, centroids);
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double spread(Sentences sentences, Clustering clustering) {
        double spread = 0;
        for (int u = 0; u < clustering.assignment.length; u++) {
            Sentences.Unit unit = sentences.units.get(u);
            spread += unit.weight() * (1 - unit.dot(clustering.centroids[clustering.assignment[u]]));
        }
        return spread;
    }

    private Clustering cluster(Sentences sentences, int k, long seed) {
        MutableDataset<ClusterID> data = new MutableDataset<>(new SimpleDataSourceProvenance("sentences", new ClusteringFactory()),
                new ClusteringFactory());
        for (Sentences.Unit unit : sentences.units) {
            ArrayExample<ClusterID> example = new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, unit.featureNames(),
                    unit.featureValues());
            example.setWeight((float) unit.weight());
            data.add(example);
        }
        KMeansTrainer trainer = new KMeansTrainer(k, ITERATIONS, new CosineDistance(), KMeansTrainer.Initialisation.PLUSPLUS, 1, seed);
        KMeansModel model = trainer.train(data);
        double[][] centroids = new double[k][sentences.dimensions()];
        List<List<org.tribuo.Feature>> features = model.getCentroids();
        for (int c = 0; c < features.size(); c++) {
            for (org.tribuo.Feature feature : features.get(c)) {
                centroids[c][Integer.parseInt(feature.getName().substring(1))] = feature.getValue();
            }
            normalise(centroids[c]);
        }
        int[] assignment = new int[sentences.units.size()];
        for (int u = 0; u < assignment.length; u++) {
            assignment[u] = nearest(sentences.units.get(u), centroids);
        }
        return new Clustering(assignment, centroids);
    }

    private static int nearest(Sentences.Unit unit, double[][] centroids) {
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double similarity = unit.dot(centroids[c]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    private List<SuggestedTheme> themes(List<AnswerText> answers, Sentences sentences, int[] assignment, double[][] centroids) {
        int k = centroids.length;
        List<Set<Integer>> membersOf = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            membersOf.add(new LinkedHashSet<>());
        }
        Set<Integer> unplaced = new LinkedHashSet<>();
        for (int a = 0; a < answers.size(); a++) {
            Set<Integer> themes = new LinkedHashSet<>();
            Sentences.Unit whole = null;
            for (int u : sentences.unitsOf(a)) {
                Sentences.Unit unit = sentences.units.get(u);
                if (unit.dot(centroids[assignment[u]]) >= NEAR_ENOUGH) {
                    themes.add(assignment[u]);
                }
            }
            if (themes.isEmpty()) {
                whole = sentences.whole(a);
                if (whole != null) {
                    themes.add(nearest(whole, centroids));
                }
            }
            if (themes.isEmpty()) {
                unplaced.add(a);
            }
            for (int c : themes) {
                membersOf.get(c).add(a);
            }
        }
        List<SuggestedTheme> suggested = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (membersOf.get(c).isEmpty()) {
                continue;
            }
            List<String> terms = sentences.topTerms(centroids[c], 8);
            List<String> members = membersOf.get(c).stream().map(a -> answers.get(a).responseId()).distinct().toList();
            suggested.add(new SuggestedTheme(label(terms), terms, quotes(answers, sentences, assignment, centroids, c), members));
        }
        suggested.sort(Comparator.comparingInt((SuggestedTheme theme) -> theme.members().size()).reversed()
                .thenComparing(SuggestedTheme::label));
        if (!unplaced.isEmpty()) {
            suggested.add(unassigned(unplaced.stream().map(a -> answers.get(a).responseId()).distinct().toList()));
        }
        return List.copyOf(suggested);
    }

    /** The label of the theme for those answers that have no words to place them by ("Ja.", a link). */
    public static final String UNASSIGNED = "Uten tema";

    private static SuggestedTheme unassigned(List<String> members) {
        return new SuggestedTheme(UNASSIGNED, List.of(), List.of(), members);
    }

    private List<SuggestedTheme> unassignedOnly(List<AnswerText> answers) {
        List<String> members = answers.stream().filter(answer -> answer.text() != null && !answer.text().isBlank())
                .map(AnswerText::responseId).distinct().toList();
        return members.isEmpty() ? List.of() : List.of(unassigned(members));
    }

    private static String label(List<String> terms) {
        List<String> shown = terms.subList(0, Math.min(3, terms.size()));
        if (shown.isEmpty()) {
            return UNASSIGNED;
        }
        String label = String.join(", ", shown);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The three sentences nearest the theme's centre, from three different responses. */
    private static List<SuggestedTheme.Quote> quotes(List<AnswerText> answers, Sentences sentences, int[] assignment,
                                                     double[][] centroids, int theme) {
        List<Integer> units = new ArrayList<>();
        for (int u = 0; u < assignment.length; u++) {
            if (assignment[u] == theme) {
                units.add(u);
            }
        }
        units.sort(Comparator.comparingDouble((Integer u) -> -sentences.units.get(u).dot(centroids[theme])).thenComparing(u -> u));
        List<SuggestedTheme.Quote> quotes = new ArrayList<>();
        Set<String> from = new LinkedHashSet<>();
        for (int u : units) {
            Sentences.Unit unit = sentences.units.get(u);
            String responseId = answers.get(unit.firstAnswer()).responseId();
            if (from.add(responseId)) {
                quotes.add(new SuggestedTheme.Quote(responseId, unit.text()));
            }
            if (quotes.size() == 3) {
                break;
            }
        }
        return quotes;
    }

    static void normalise(double[] vector) {
        double norm = 0;
        for (double v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= norm;
            }
        }
    }

    /** The answers' sentences as TF-IDF vectors, equal ones once with their count as weight. */
    static final class Sentences {
        final Map<String, Integer> vocabulary = new LinkedHashMap<>();
        final List<String> termNames = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();
        private final List<List<Integer>> unitsOfAnswer = new ArrayList<>();
        private final Map<String, Map<String, Integer>> surfaceForms = new HashMap<>();
        private final List<List<String>> answerTerms = new ArrayList<>();
        private double[] idf;
        private Context context;

        record Unit(String text, int[] terms, double[] values, double weight, int firstAnswer) {
            double dot(double[] dense) {
                double sum = 0;
                for (int i = 0; i < terms.length; i++) {
                    sum += values[i] * dense[terms[i]];
                }
                return sum;
            }

            void addTo(double[] sum, double scale) {
                for (int i = 0; i < terms.length; i++) {
                    sum[terms[i]] += scale * values[i];
                }
            }

            double dot(Unit other) {
                double sum = 0;
                int i = 0;
                int j = 0;
                while (i < terms.length && j < other.terms.length) {
                    if (terms[i] == other.terms[j]) {
                        sum += values[i++] * other.values[j++];
                    } else if (terms[i] < other.terms[j]) {
                        i++;
                    } else {
                        j++;
                    }
                }
                return sum;
            }

            String[] featureNames() {
                String[] names = new String[terms.length];
                for (int i = 0; i < terms.length; i++) {
                    names[i] = "t" + terms[i];
                }
                return names;
            }

            double[] featureValues() {
                return values.clone();
            }
        }

        static Sentences of(List<AnswerText> answers) {
            Sentences sentences = new Sentences();
            sentences.read(answers);
            return sentences;
        }

        private void read(List<AnswerText> answers) {
            List<List<List<String>>> termsOf = new ArrayList<>();
            List<List<String>> textsOf = new ArrayList<>();
            Map<String, Integer> documentFrequency = new HashMap<>();
            int sentenceCount = 0;
            for (AnswerText answer : answers) {
                List<List<String>> answerSentences = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (String sentence : TextAnalysis.sentences(answer.text())) {
                    List<String> terms = termsWithForms(sentence);
                    answerSentences.add(terms);
                    texts.add(sentence);
                    new LinkedHashSet<>(terms).forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
                    sentenceCount++;
                }
                termsOf.add(answerSentences);
                textsOf.add(texts);
            }
            documentFrequency.entrySet().stream()
                    .filter(term -> term.getValue() >= 2)
                    .map(Map.Entry::getKey).sorted()
                    .forEach(term -> {
                        vocabulary.put(term, vocabulary.size());
                        termNames.add(term);
                    });
            idf = new double[vocabulary.size()];
            for (Map.Entry<String, Integer> term : vocabulary.entrySet()) {
                idf[term.getValue()] = Math.log((double) sentenceCount / documentFrequency.get(term.getKey())) + 1;
            }
            List<List<String>> windows = new ArrayList<>();
            for (List<List<String>> answer : termsOf) {
                List<String> all = new ArrayList<>();
                answer.forEach(all::addAll);
                answerTerms.add(all);
                for (int s = 0; s < answer.size(); s++) {
                    List<String> window = new ArrayList<>();
                    for (int t = s; t < Math.min(answer.size(), s + WINDOW); t++) {
                        window.addAll(answer.get(t));
                    }
                    windows.add(window);
                }
            }
            context = Context.of(windows, vocabulary, CONTEXT_TERMS);
            Map<String, Integer> unitOfKey = new HashMap<>();
            List<double[]> weights = new ArrayList<>();
            for (int a = 0; a < termsOf.size(); a++) {
                List<Integer> unitsHere = new ArrayList<>();
                for (int s = 0; s < termsOf.get(a).size(); s++) {
                    Map<Integer, Double> firstOrder = firstOrder(termsOf.get(a).get(s));
                    if (firstOrder.size() < MIN_TERMS) {
                        continue;
                    }
                    String key = firstOrder.keySet().toString();
                    Integer unit = unitOfKey.get(key);
                    if (unit == null) {
                        unit = units.size();
                        unitOfKey.put(key, unit);
                        units.add(unit(textsOf.get(a).get(s), firstOrder, 0, a));
                        weights.add(new double[1]);
                    }
                    weights.get(unit)[0]++;
                    unitsHere.add(unit);
                }
                unitsOfAnswer.add(unitsHere);
            }
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                units.set(u, new Unit(unit.text, unit.terms, unit.values, weights.get(u)[0], unit.firstAnswer));
            }
        }

        private final Map<String, String> stems = new HashMap<>();

        private List<String> termsWithForms(String sentence) {
            List<String> terms = new ArrayList<>();
            for (String word : TextAnalysis.words(sentence)) {
                String stem = stems.computeIfAbsent(word, w -> {
                    String s = TextAnalysis.stem(w);
                    return s != null && s.length() > 1 && Character.isLetter(s.charAt(0)) ? s : "";
                });
                if (!stem.isEmpty()) {
                    terms.add(stem);
                    surfaceForms.computeIfAbsent(stem, s -> new HashMap<>()).merge(word, 1, Integer::sum);
                }
            }
            return terms;
        }

        int dimensions() {
            return vocabulary.size() + context.size();
        }

        private Map<Integer, Double> firstOrder(List<String> terms) {
            Map<Integer, Double> counts = new java.util.TreeMap<>();
            for (String term : terms) {
                Integer id = vocabulary.get(term);
                if (id != null) {
                    counts.merge(id, 1.0, Double::sum);
                }
            }
            counts.replaceAll((id, count) -> (1 + Math.log(count)) * idf[id]);
            return counts;
        }

        /**
         * A sentence as its own terms (TF-IDF) and the terms they keep company with in the answers (the sum of their
         * positive PMI rows): two wordings of one point share few words but the same company.
         */
        private Unit unit(String text, Map<Integer, Double> firstOrder, double weight, int answer) {
            double[] own = firstOrder.values().stream().mapToDouble(Double::doubleValue).toArray();
            normalise(own);
            double[] company = new double[context.size()];
            int i = 0;
            for (int term : firstOrder.keySet()) {
                context.addRow(term, own[i++], company);
            }
            int[] kept = Context.largest(company, COMPANY_KEPT);
            double[] companyValues = new double[kept.length];
            for (int j = 0; j < kept.length; j++) {
                companyValues[j] = company[kept[j]];
            }
            normalise(companyValues);
            int[] ids = new int[firstOrder.size() + kept.length];
            double[] values = new double[ids.length];
            i = 0;
            for (int term : firstOrder.keySet()) {
                ids[i] = term;
                values[i] = OWN_WEIGHT * own[i];
                i++;
            }
            for (int j = 0; j < kept.length; j++) {
                ids[i] = vocabulary.size() + kept[j];
                values[i++] = companyValues[j];
            }
            normalise(values);
            return new Unit(text, ids, values, weight, answer);
        }

        List<Integer> unitsOf(int answer) {
            return unitsOfAnswer.get(answer);
        }

        /** The whole answer as one vector, for an answer none of whose sentences is near a theme. */
        Unit whole(int answer) {
            Map<Integer, Double> vector = firstOrder(answerTerms.get(answer));
            return vector.isEmpty() ? null : unit("", vector, 1, answer);
        }

        /** The theme's most characteristic terms, each as the word most often written for its stem. */
        List<String> topTerms(double[] centroid, int count) {
            Integer[] order = new Integer[vocabulary.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -centroid[i]).thenComparing(i -> i));
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < Math.min(count, order.length) && centroid[order[i]] > 0; i++) {
                String stem = termNames.get(order[i]);
                terms.add(surfaceForms.getOrDefault(stem, Map.of(stem, 1)).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .map(Map.Entry::getKey).orElse(stem));
            }
            return terms;
        }
    }
}
