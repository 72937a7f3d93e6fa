/**
 * The demo: on first start with the embedded database, the e-health consultation 22/414 is
 * created open, and the seed's Legemiddelverket response registered as its first document.
 */
package no.innspill.demo;
