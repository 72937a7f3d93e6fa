/**
 * Analysis of the responses: the statistics of a consultation (counts per choice, by respondent kind, over time, answered
 * per question, invitees answered) as accessible server-drawn charts with their data and in the API; campaigns and
 * duplicates (found by a background run, joined by new responses as they arrive); themes suggested and finalised by the
 * analyst, and answers tagged with them; inputs coded with the body's disposition; and the summary report (høringsnotat,
 * as DOCX and as PDF/A through {@code document}'s renderer). The engine ({@link no.innspill.analysis.CampaignFinder},
 * {@link no.innspill.analysis.ThemeSuggester}, {@link no.innspill.analysis.OfflineAnalysis}) needs neither Spring nor a
 * database: the {@code analyse} command runs it on a file.
 */
@ApplicationModule(allowedDependencies = {"consultation", "form", "response", "invitation", "document", "platform", "platform :: events"})
package no.innspill.analysis;

import org.springframework.modulith.ApplicationModule;
