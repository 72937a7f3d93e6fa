/**
 * Word documents: {@link no.innspill.document.word.WordForm} writes the blank response form with one
 * tagged content control per answer, {@link no.innspill.document.word.WordFormReader} reads a
 * filled-in one back by those tags. The modules that read Word files use this package's public
 * types; everything else in it is its own.
 */
@NamedInterface("word")
package no.innspill.document.word;

import org.springframework.modulith.NamedInterface;
