package no.innspill.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Consultations, lists and waiting, for the høringsliste's tests. */
final class InvitationTesting {

    private InvitationTesting() {
    }

    /** A new consultation, open, its deadline this far from now. */
    static String openConsultation(int port, Duration untilDeadline) {
        String caseNumber = TestForms.newCaseNumber();
        TestApi staff = TestApi.staff(port);
        assertThat(staff.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        String slug = caseNumber.replace('/', '-');
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        var moved = staff.put("/api/v1/consultations/" + slug + "/deadline",
                "{\"deadline\": \"" + Instant.now().plus(untilDeadline).toString().replace("Z", "+00:00") + "\", \"reason\": \"Test\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return slug;
    }

    static String draftConsultation(int port) {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(TestApi.staff(port).post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
    }

    static TestApi.Reply putCsv(int port, String slug, String csv) {
        return TestApi.staff(port).put(invitees(slug), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static String invitees(String slug) {
        return "/api/v1/consultations/" + slug + "/invitees";
    }

    static byte[] xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Høringsliste");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String value = rows[r][c];
                    var cell = row.createCell(c);
                    if (value.startsWith("=")) {
                        cell.setCellFormula(value.substring(1));
                    } else if (value.matches("[0-9]{9}")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static <T> T until(String what, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited 30 s for " + what + "; last saw " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }
}
