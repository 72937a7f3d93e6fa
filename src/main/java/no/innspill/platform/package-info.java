/**
 * The plumbing every feature shares: the database (embedded PostgreSQL by default), web error
 * handling, security, background jobs, the event registry's retries, caches and YAML reading. The
 * exception types in this package are the one vocabulary for errors; they are mapped to HTTP answers
 * in one place, {@code platform.web.ErrorHandling}. Features use it through this package and the named
 * interfaces {@code yaml}, {@code cache} and {@code jobs}; it knows no feature.
 */
@ApplicationModule(allowedDependencies = {})
package no.innspill.platform;

import org.springframework.modulith.ApplicationModule;
