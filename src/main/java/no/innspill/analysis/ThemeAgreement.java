package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How well two analysts agree on the themes of the answers both coded: Cohen's kappa per theme and their average. */
record ThemeAgreement(String first, String second, int shared, List<PerTheme> themes, Double average) {

    record PerTheme(long themeId, String label, CohenKappa counts) {
    }

    /** One agreement per pair of analysts who coded answers in common. */
    static List<ThemeAgreement> of(Map<List<String>, Integer> shared, List<TagStore.PairCounts> counts, List<StoredTheme> themes) {
        Map<Long, String> labels = new java.util.HashMap<>();
        themes.forEach(theme -> labels.put(theme.id(), theme.label()));
        List<ThemeAgreement> agreements = new ArrayList<>();
        shared.forEach((pair, n) -> {
            List<PerTheme> perTheme = new ArrayList<>();
            double sum = 0;
            int measured = 0;
            for (TagStore.PairCounts count : counts) {
                if (count.first().equals(pair.get(0)) && count.second().equals(pair.get(1))) {
                    perTheme.add(new PerTheme(count.themeId(), labels.getOrDefault(count.themeId(), "?"), count.counts()));
                    Double kappa = count.counts().kappa();
                    if (kappa != null) {
                        sum += kappa;
                        measured++;
                    }
                }
            }
            agreements.add(new ThemeAgreement(pair.get(0), pair.get(1), n, perTheme, measured == 0 ? null : sum / measured));
        });
        return agreements;
    }
}
