/**
 * Documents made from forms and responses. {@link no.innspill.document.ResponseDocuments} renders
 * the response copy and the blank form as PDF/A-2a + PDF/UA-1, in-process from Thymeleaf templates
 * with fonts from the classpath; the Word form and its reader are in {@code document.word}. The HTML of a form
 * with its answers lives in {@code templates/fragments/form-content.html}, shared with the web pages.
 */
@ApplicationModule(allowedDependencies = {"form", "platform"})
package no.innspill.document;

import org.springframework.modulith.ApplicationModule;
