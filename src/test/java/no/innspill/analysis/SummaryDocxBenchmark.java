package no.innspill.analysis;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How long the summary DOCX takes with N respondents, and the most heap it used: the respondents are made in chunks of
 * 500 as the database cursor hands them on, and the document goes to a stream that only counts its bytes. Run by
 * {@code bench/summary-docx.sh} with a small heap, so that a document held in memory would fail.
 */
public final class SummaryDocxBenchmark {

    private SummaryDocxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/web", "i18n/document");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Consultation consultation = new Consultation(1, "22/414", "Nasjonal e-helsestrategi", "Direktoratet for e-helse",
                ConsultationStatus.CLOSED, Instant.now(), "post@ehelse.example", "Merk med 22/414", null, Instant.now());
        Chart choices = new Chart("choice-q1", "Kan dere stille dere bak målene?", "Valg", List.of(new Chart.Series("Antall", respondents)),
                List.of(new Chart.Row("Ja", List.of((long) respondents / 2)), new Chart.Row("Nei", List.of((long) respondents / 2))));
        SummaryReport report = new SummaryReport(consultation, "Oppsummering", "Innledning.", null, respondents, List.of(
                new SummaryReport.Section("q1", 1, "1. Kan dere stille dere bak målene?", "Tekst.", choices, null, respondents, List.of(), List.of())),
                List.of());
        SummaryDocx.Respondents source = new SummaryDocx.Respondents() {
            @Override
            public void all(Consumer<List<SummaryReport.Respondent>> chunk) {
                made(respondents, chunk);
            }

            @Override
            public void withoutComments(Consumer<List<SummaryReport.Respondent>> chunk) {
                made(respondents / 10, chunk);
            }
        };
        for (int run = 0; run < 3; run++) {
            long[] bytes = {0};
            OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            };
            long start = System.nanoTime();
            SummaryDocx.write(report, source, new StatisticsCharts.Texts(messages, Locale.forLanguageTag("nb")), counting);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %,d respondents, %,d ms, %,d KB DOCX, peak heap %,d MB (max %,d MB)%n", run + 1, respondents, millis,
                    bytes[0] / 1024, peakHeap() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static void made(int count, Consumer<List<SummaryReport.Respondent>> chunk) {
        List<SummaryReport.Respondent> rows = new ArrayList<>(500);
        for (int i = 1; i <= count; i++) {
            rows.add(new SummaryReport.Respondent("Høringsinstans nummer " + i, "Organisasjon", "22/414-" + i));
            if (rows.size() == 500 || i == count) {
                chunk.accept(List.copyOf(rows));
                rows.clear();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
