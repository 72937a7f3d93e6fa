package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.InnspillApplication;
import no.innspill.testing.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Without INNSPILL_ADMIN_PASSWORD the first start makes up a password and prints it once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStaffAccountIT {

    private static final Pattern PASSWORD = Pattern.compile("password:\\s+(\\S+)");

    @Test
    void a_generated_password_is_printed_once_and_works(CapturedOutput output) throws Exception {
        Path data = Files.createTempDirectory("innspill-admin-test",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        String password;
        try (ConfigurableApplicationContext app = start(data)) {
            Matcher matcher = PASSWORD.matcher(output.getAll());
            assertThat(matcher.find()).as("the log shows the generated password").isTrue();
            password = matcher.group(1);
            assertThat(password).hasSize(20);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestApi anonymous = TestApi.anonymous(port);
            assertThat(anonymous.as("admin", password).get(TestApi.DEMO + "/responses").status()).isEqualTo(200);
            assertThat(anonymous.as("admin", "admin").get(TestApi.DEMO + "/responses").status()).isEqualTo(401);
        }
        int printedBefore = count(output.getAll());
        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(count(output.getAll())).as("not printed again on the next start").isEqualTo(printedBefore);
            int port = ((WebServerApplicationContext) again).getWebServer().getPort();
            assertThat(TestApi.anonymous(port).as("admin", password).get(TestApi.DEMO + "/responses").status()).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        // command-line arguments: they outrank application.yaml, as they do for a real start
        return new SpringApplicationBuilder(InnspillApplication.class)
                .run("--server.port=0", "--innspill.embedded-database.directory=" + data, "--innspill.admin.password=");
    }

    private static int count(String log) {
        return (int) PASSWORD.matcher(log).results().count();
    }
}
