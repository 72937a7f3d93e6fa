package no.innspill.analysis;

import java.util.List;
import no.innspill.consultation.Consultation;

/**
 * What the summary report (høringsnotat) of a consultation says, but for its lists of respondents, which are read in
 * chunks as the document is written ({@link SummaryReports#forEachRespondent}).
 *
 * @param title     the case worker's title, or the default one
 * @param intro     the case worker's introduction, or null
 * @param closing   the case worker's closing text, or null
 * @param total     how many responses the report is of (the latest version of each)
 * @param sections  one per question and part, in form order
 * @param campaigns largest first; empty when none are found or the campaigns feature is absent
 */
record SummaryReport(Consultation consultation, String title, String intro, String closing, long total, List<Section> sections,
                     List<ReportSources.CampaignSummary> campaigns) {

    SummaryReport {
        sections = List.copyOf(sections);
        campaigns = List.copyOf(campaigns);
    }

    /**
     * One question (level 1) or part of a question (level 2).
     *
     * @param text    the case worker's summary of it, or null
     * @param choices the counts per option (a question with options), else null
     * @param byKind  the counts per option and respondent kind (a question with options), else null
     * @param answered how many responses gave this answer at all
     */
    record Section(String answerId, int level, String heading, String text, Chart choices, Chart byKind, long answered,
                   List<ReportSources.Theme> themes, List<ReportSources.Input> inputs) {

        Section {
            themes = List.copyOf(themes);
            inputs = List.copyOf(inputs);
        }
    }

    /** A respondent as the report lists it: a private person who asked so as "Privatperson". */
    record Respondent(String name, String kind, String documentNumber) {
    }

    public int themeCount() {
        return sections.stream().mapToInt(section -> section.themes().size()).sum();
    }

    public int inputCount() {
        return sections.stream().mapToInt(section -> section.inputs().size()).sum();
    }
}
