/**
 * Documents made from forms and responses. {@link no.innspill.document.ResponseDocuments} renders
 * the response copy and the blank form as PDF/A-2a + PDF/UA-1, in-process from Thymeleaf templates
 * with fonts from the classpath; {@link no.innspill.document.WordForm} makes the blank Word form
 * and {@link no.innspill.document.WordFormReader} reads a filled-in one back. The HTML of a form
 * with its answers lives in {@code templates/fragments/form-content.html}, shared with the web pages.
 */
package no.innspill.document;
