package no.innspill.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used when no {@code spring.datasource.url} is set.
 *
 * @param directory         where the database lives ({@code postgres/} below it) and survives restarts
 * @param binariesDirectory where the PostgreSQL binaries are unpacked once, shared by all data directories
 * @param poolSize          connections in the application's pool
 */
@ConfigurationProperties("innspill.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("data") Path directory,
        Path binariesDirectory,
        @DefaultValue("20") int poolSize) {

    Path resolvedBinariesDirectory() {
        return binariesDirectory != null
                ? binariesDirectory
                : Path.of(System.getProperty("java.io.tmpdir"), "innspill-postgres");
    }
}
