/**
 * Consultations (høringer): their case number, lifecycle (draft → open → closed) and deadline.
 * Other modules use {@link no.innspill.consultation.Consultations}; the form itself belongs to
 * the form module.
 */
package no.innspill.consultation;
