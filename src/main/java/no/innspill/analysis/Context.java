package no.innspill.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which terms keep company in the answers: positive pointwise mutual information of two terms occurring in one answer,
 * over the most frequent terms. Read once per question; a sentence's company is the sum of its terms' rows.
 */
final class Context {

    private final Map<Integer, Integer> indexOfTerm;
    private final float[][] ppmi;

    private Context(Map<Integer, Integer> indexOfTerm, float[][] ppmi) {
        this.indexOfTerm = indexOfTerm;
        this.ppmi = ppmi;
    }

    int size() {
        return ppmi.length;
    }

    static Context of(List<List<String>> answers, Map<String, Integer> vocabulary, int most) {
        Map<Integer, Integer> frequency = new HashMap<>();
        List<int[]> termSets = new ArrayList<>();
        for (List<String> answer : answers) {
            int[] ids = answer.stream().map(vocabulary::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                    .distinct().toArray();
            termSets.add(ids);
            for (int id : ids) {
                frequency.merge(id, 1, Integer::sum);
            }
        }
        List<Integer> kept = frequency.keySet().stream()
                .sorted(Comparator.comparingInt((Integer id) -> -frequency.get(id)).thenComparing(id -> id))
                .limit(most).sorted().toList();
        Map<Integer, Integer> indexOfTerm = new HashMap<>();
        kept.forEach(id -> indexOfTerm.put(id, indexOfTerm.size()));
        int size = kept.size();
        int[][] together = new int[size][size];
        int[] alone = new int[size];
        int n = 0;
        for (int[] ids : termSets) {
            int[] local = Arrays.stream(ids).filter(indexOfTerm::containsKey).map(indexOfTerm::get).toArray();
            if (local.length == 0) {
                continue;
            }
            n++;
            for (int i = 0; i < local.length; i++) {
                alone[local[i]]++;
                for (int j = i + 1; j < local.length; j++) {
                    together[local[i]][local[j]]++;
                    together[local[j]][local[i]]++;
                }
            }
        }
        float[][] ppmi = new float[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                if (together[i][j] > 0) {
                    double pmi = Math.log((double) together[i][j] * n / ((double) alone[i] * alone[j]));
                    ppmi[i][j] = (float) Math.max(0, pmi);
                }
            }
        }
        return new Context(indexOfTerm, ppmi);
    }

    /** Adds the term's company, scaled, to the sum; a term outside the counted ones adds nothing. */
    void addRow(int term, double scale, double[] sum) {
        Integer index = indexOfTerm.get(term);
        if (index == null) {
            return;
        }
        float[] row = ppmi[index];
        for (int j = 0; j < row.length; j++) {
            sum[j] += scale * row[j];
        }
        sum[index] += scale; // a term keeps its own company
    }

    /** The indexes of the largest positive values, at most {@code count}, in index order. */
    static int[] largest(double[] values, int count) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparing(i -> i));
        return Arrays.stream(order).limit(count).filter(i -> values[i] > 0).mapToInt(Integer::intValue).sorted().toArray();
    }
}
