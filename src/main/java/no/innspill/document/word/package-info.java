/**
 * Word documents: {@link no.innspill.document.word.WordForm} writes the blank response form with one
 * tagged content control per answer; {@link no.innspill.document.word.WordFile} opens an untrusted
 * .docx once, within its limits, for its plain paragraphs and for
 * {@link no.innspill.document.word.WordFormReader}, which reads a filled-in form back by those tags.
 * Both readers see the document through one walk ({@code WordWalker}). Other modules use only the
 * public types; everything else in the package is its own.
 */
@NamedInterface("word")
package no.innspill.document.word;

import org.springframework.modulith.NamedInterface;
