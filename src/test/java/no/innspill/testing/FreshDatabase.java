package no.innspill.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An empty database of its own in the application's embedded PostgreSQL, for tests that migrate an older schema. */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static DataSource beside(DataSource applicationDatabase) {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(applicationDatabase).sql("create database " + name).update();
        HikariDataSource app = (HikariDataSource) applicationDatabase;
        String url = app.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new DriverManagerDataSource(url, app.getUsername(), app.getPassword());
    }
}
