/**
 * Documents made from forms and responses: the response copy and the blank form as PDF/A-2a +
 * PDF/UA-1, rendered in-process from Thymeleaf templates with fonts from the classpath.
 * {@link no.innspill.document.ResponseDocuments} is the one way in. The HTML of a form with its
 * answers lives in {@code templates/fragments/form-content.html}, shared with the web pages.
 */
package no.innspill.document;
