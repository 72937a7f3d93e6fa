/**
 * Analysis of the responses: for now the statistics of a consultation (counts per choice, by respondent kind, over
 * time, answered per question, invitees answered) as accessible server-drawn charts with their data, and the same
 * figures in the API; campaigns and duplicates (stored, found by a background run and joined by new responses as they
 * arrive); later themes, coding and the summary report.
 */
@ApplicationModule(allowedDependencies = {"consultation", "form", "response", "invitation", "platform", "platform :: events"})
package no.innspill.analysis;

import org.springframework.modulith.ApplicationModule;
