package no.innspill.document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;

/**
 * Seed-response PDFs per second on 1 thread and on N threads (N = available processors), after a
 * warm-up: the median of 5 runs of about 5 seconds each. Also the CPU time per PDF, which other
 * work on the machine does not inflate, and the load average, which tells whether there was any.
 * Run by bench/pdf-rendering.sh; no JUnit. Arguments: [seconds per run] [runs] [warm-up seconds].
 */
public final class PdfRenderingBenchmark {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private PdfRenderingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double warmUp = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        int processors = Runtime.getRuntime().availableProcessors();

        ResponseDocuments documents = TestDocuments.service();
        FormDefinition form = TestDocuments.form();
        Map<String, Answer> answers = TestDocuments.seedAnswers();
        byte[] sample = documents.responsePdf(form, TestDocuments.CASE, answers, TestDocuments.SEED_DETAILS, BOKMAL);
        System.out.printf("seed response PDF: %d bytes%n", sample.length);

        measure(documents, form, answers, processors, warmUp);
        System.out.printf(Locale.ROOT, "warm-up: %.0f s on %d threads%n", warmUp, processors);

        for (int threads : processors == 1 ? new int[] {1} : new int[] {1, processors}) {
            double[] rates = new double[runs];
            double[] cpu = new double[runs];
            for (int run = 0; run < runs; run++) {
                Result result = measure(documents, form, answers, threads, seconds);
                rates[run] = result.perSecond();
                cpu[run] = result.cpuMillisPerPdf();
            }
            System.out.printf(Locale.ROOT, "threads=%d runs=%s median=%.1f PDFs/s, CPU per PDF median=%.1f ms, load average %.1f%n",
                    threads, format(rates), median(rates), median(cpu), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private record Result(double perSecond, double cpuMillisPerPdf) {
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Renders on the given number of threads for about the given time. */
    private static Result measure(ResponseDocuments documents, FormDefinition form, Map<String, Answer> answers,
                                  int threads, double seconds) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<long[]>> counts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> {
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    long rendered = 0;
                    while (System.nanoTime() < deadline) {
                        documents.responsePdf(form, TestDocuments.CASE, answers, TestDocuments.SEED_DETAILS, BOKMAL);
                        rendered++;
                    }
                    return new long[] {rendered, cpu.getCurrentThreadCpuTime() - cpuStart};
                }));
            }
            long total = 0;
            long cpuNanos = 0;
            for (Future<long[]> count : counts) {
                total += count.get()[0];
                cpuNanos += count.get()[1];
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Result(total / elapsed, cpuNanos / 1e6 / Math.max(1, total));
        } finally {
            pool.shutdown();
        }
    }

    private static String format(double[] rates) {
        StringBuilder out = new StringBuilder("[");
        for (double rate : rates) {
            out.append(out.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.1f", rate));
        }
        return out.append(']').toString();
    }
}
