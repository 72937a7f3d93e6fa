package no.innspill.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * For an {@code @ApplicationModuleTest}: an embedded PostgreSQL of its own, no demo data, and the
 * staff account of {@link TestApi}. Module tests bootstrap their module with its dependencies, over
 * the real database, and drive one flow between modules as events ({@code Scenario}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "innspill.embedded-database.directory=${java.io.tmpdir}/innspill-tests/${random.uuid}",
        "innspill.admin.password=" + TestApi.STAFF_PASSWORD,
        "innspill.demo.enabled=false"})
public @interface ModuleTestDatabase {
}
