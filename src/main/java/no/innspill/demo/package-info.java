/**
 * The demo: on first start with the embedded database, the e-health consultation 22/414 is
 * created open, and the seed's Legemiddelverket response registered as its first document.
 */
@ApplicationModule(allowedDependencies = {"consultation", "response", "platform"})
package no.innspill.demo;

import org.springframework.modulith.ApplicationModule;
