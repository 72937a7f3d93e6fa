package no.innspill.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port over its embedded PostgreSQL, with the demo data and a
 * staff account {@value TestApi#STAFF_USER}/{@value TestApi#STAFF_PASSWORD}. One context (and one
 * database) is shared by every test class that uses this annotation alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "innspill.embedded-database.directory=${java.io.tmpdir}/innspill-tests/${random.uuid}",
        "innspill.admin.password=" + TestApi.STAFF_PASSWORD,
        "innspill.demo.enabled=true",
        "logging.level.no.innspill=INFO"})
public @interface IntegrationTest {
}
