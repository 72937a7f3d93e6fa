package no.innspill.analysis;

import java.util.List;

/**
 * What the summary report (høringsnotat) reads from the analysis: the analyst's themes, the campaigns and the coded
 * inputs of a consultation. Each part is a bean of its own feature (themes, campaigns, coding); the report only reads.
 */
public final class ReportSources {

    private ReportSources() {
    }

    /** A passage quoted in the report, with who said it. */
    public record Quote(int sequenceNumber, String respondent, String text) {
    }

    /** The confirmed themes of one question or part, largest first. */
    public interface Themes {
        List<Theme> themes(long consultationId, String answerId);
    }

    /** A confirmed theme: its label, how many responses' answers have it, and up to three quotes. */
    public record Theme(String label, int responses, List<Quote> quotes) {
    }

    /** The campaigns of a consultation, largest first (duplicates of one sender are not listed). */
    public interface Campaigns {
        List<CampaignSummary> campaigns(long consultationId);
    }

    /** A campaign: its template, how many sent it, and how many of them added their own text. */
    public record CampaignSummary(String template, int members, int withOwnText) {
    }

    /** The coded inputs to one question or part, in the order of the responses. */
    public interface Inputs {
        List<Input> inputs(long consultationId, String answerId);
    }

    /**
     * An input (innspill): the marked passage, what part of the proposal it concerns ("Mål 2", "§ 5"), and the body's
     * disposition with its assessment; the disposition is {@code null} while not yet decided.
     */
    public record Input(int sequenceNumber, String respondent, String passage, String concerns, Disposition disposition, String assessment) {
    }
}
