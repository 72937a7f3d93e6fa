/**
 * The inside of {@link no.innspill.intake.Extractor}: each format read into blocks of plain text
 * (paragraphs, bullet items, check-box lines), then one matcher that aligns the blocks to the
 * form's questions, options and parts.
 */
package no.innspill.intake.extraction;
