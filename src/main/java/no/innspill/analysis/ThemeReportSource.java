package no.innspill.analysis;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The themes the summary report shows: only those an analyst confirmed (or made), largest first, each with how many
 * answers have it and up to three quotes. Unconfirmed suggestions are a machine's guess, not the body's account of what
 * was said, so a question without confirmed themes shows none (docs/decisions.md).
 */
@Component
class ThemeReportSource implements ReportSources.Themes {

    private final ThemeStore themes;

    ThemeReportSource(ThemeStore themes) {
        this.themes = themes;
    }

    @Override
    public List<ReportSources.Theme> themes(long consultationId, String answerId) {
        return themes.themes(consultationId, answerId).stream()
                .filter(StoredTheme::confirmed)
                .sorted(Comparator.comparingInt(StoredTheme::answers).reversed().thenComparingInt(StoredTheme::sortOrder))
                .map(theme -> new ReportSources.Theme(theme.label(), theme.answers(), theme.quotes().stream().limit(3).toList()))
                .toList();
    }
}
