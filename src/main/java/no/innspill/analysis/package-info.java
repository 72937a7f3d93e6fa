/**
 * Analysis of the responses: for now the statistics of a consultation (counts per choice, by respondent kind, over
 * time, answered per question, invitees answered) as accessible server-drawn charts with their data, and the same
 * figures in the API; campaigns, themes, coding and the summary report (høringsnotat, as DOCX and as PDF/A through
 * {@code document}'s renderer).
 */
@ApplicationModule(allowedDependencies = {"consultation", "form", "response", "invitation", "document", "platform"})
package no.innspill.analysis;

import org.springframework.modulith.ApplicationModule;
