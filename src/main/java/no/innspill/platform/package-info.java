/**
 * The plumbing every feature shares: the database (embedded PostgreSQL by default), web error
 * handling, security. The exception types in this package are the one vocabulary for errors; they
 * are mapped to HTTP answers in one place, {@code platform.web.ProblemHandling}.
 */
package no.innspill.platform;
