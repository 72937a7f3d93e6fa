/**
 * The command line of the same jar: {@code serve} (the default) starts the application; other
 * commands work offline on files, without a server or database.
 */
@ApplicationModule(allowedDependencies = {"consultation", "form", "document", "intake", "analysis", "platform"})
package no.innspill.cli;

import org.springframework.modulith.ApplicationModule;
