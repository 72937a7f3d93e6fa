package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.innspill.InnspillApplication;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node on the first node's database (configured through
 * {@code spring.datasource.url}, so it starts no PostgreSQL of its own): responses sent to both
 * nodes at once still get unique, gapless document numbers.
 */
@IntegrationTest
class TwoNodesIT {

    @LocalServerPort
    int port;
    @Autowired
    HikariDataSource dataSource;

    @Test
    void two_nodes_on_one_database_number_responses_without_gaps_or_duplicates() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(InnspillApplication.class)
                .run("--server.port=0",
                        "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                        "--spring.datasource.username=" + dataSource.getUsername(),
                        "--spring.datasource.password=")) {
            assertThat(second.containsBean("embeddedPostgres")).as("an external database starts nothing").isFalse();
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            TestApi first = TestApi.staff(port);
            TestApi other = TestApi.anonymous(secondPort);

            String caseNumber = TestForms.newCaseNumber();
            String path = first.post("/api/v1/consultations", "application/yaml",
                    TestForms.yaml(caseNumber, "2099-12-31").getBytes(StandardCharsets.UTF_8)).header("Location");
            first.post(path + "/open", "application/json", new byte[0]);

            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<TestApi.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                TestApi node = i % 2 == 0 ? TestApi.anonymous(port) : other;
                String body = TestForms.response("Node test " + i);
                replies.add(pool.submit(() -> node.postJson(path + "/responses", body)));
            }
            TreeSet<Integer> numbers = new TreeSet<>();
            for (Future<TestApi.Reply> reply : replies) {
                assertThat(reply.get().status()).isEqualTo(201);
                String documentNumber = reply.get().json().get("documentNumber").stringValue();
                numbers.add(Integer.parseInt(documentNumber.substring(caseNumber.length() + 1)));
            }
            pool.shutdown();
            assertThat(numbers).hasSize(80);
            assertThat(numbers.first()).isEqualTo(1);
            assertThat(numbers.last()).isEqualTo(80);
        }
    }
}
