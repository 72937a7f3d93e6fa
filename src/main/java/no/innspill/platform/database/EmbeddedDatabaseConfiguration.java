package no.innspill.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import no.innspill.platform.EmbeddedDatabaseCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Without a configured datasource, start PostgreSQL ourselves and point the pool at it. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgres.start(properties.directory(), properties.resolvedBinariesDirectory());
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername(EmbeddedPostgres.USER);
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("innspill-embedded");
        return new HikariDataSource(config);
    }
}
