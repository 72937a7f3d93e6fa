package no.innspill.intake.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.innspill.intake.ExtractionException;
import no.innspill.document.FileLimits;
import no.innspill.intake.Extractor;

/**
 * The intake benchmark (bench/intake-accuracy.sh): over the generated corpus, per format, the
 * accuracy figures of {@link CorpusScore} and how many documents one thread extracts per second
 * (the median of several timed passes over the whole corpus, after warm-up passes), and per CPU
 * second of that thread, which other work on a shared machine does not lower. Files are read into
 * memory first: the figure is extraction, not disk.
 *
 * <p>Arguments: [runs] [warm-up passes] (defaults 5 and 5).
 */
final class IntakeAccuracyBenchmark {

    private IntakeAccuracyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // POI and PDFBox log to standard output without a configuration; results alone go there
        PrintStream out = System.out;
        System.setOut(System.err);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long start = System.nanoTime();
        IntakeCorpus.Corpus corpus = IntakeCorpus.get();
        out.printf(Locale.ROOT, "corpus: %d documents in %s (%d forms, %d letters), ready in %.1f s%n", corpus.documents().size(),
                corpus.directory(), corpus.documents().stream().filter(document -> !document.letter()).count(),
                corpus.documents().stream().filter(IntakeCorpus.Document::letter).count(), (System.nanoTime() - start) / 1e9);
        List<String> formats = corpus.pdfs() ? List.of("docx", "pdf") : List.of("docx");
        if (!corpus.pdfs()) {
            out.println("pdf: skipped, LibreOffice (soffice) is not installed");
        }
        for (String format : formats) {
            CorpusScore score = CorpusScore.of(corpus, format);
            out.println(score.summary());
            score.failures().forEach(failure -> out.println("  " + failure));
            List<Path> files = new ArrayList<>();
            corpus.documents().forEach(document -> files.add(format.equals("pdf") ? corpus.pdf(document) : corpus.docx(document)));
            out.println(throughput(format, files, runs, warmUp));
        }
    }

    private static String throughput(String format, List<Path> files, int runs, int warmUp) throws IOException, ExtractionException {
        List<byte[]> bytes = new ArrayList<>();
        for (Path file : files) {
            bytes.add(Files.readAllBytes(file));
        }
        for (int i = 0; i < warmUp; i++) {
            pass(files, bytes);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perSecond = new double[runs];
        double[] perCpuSecond = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            pass(files, bytes);
            perSecond[i] = files.size() / ((System.nanoTime() - start) / 1e9);
            perCpuSecond[i] = files.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        return String.format(Locale.ROOT, "%s: %.1f documents per second, 1 thread (median of %d passes over %d documents; passes: %s); "
                        + "%.1f documents per CPU second (%.1f ms CPU per document), which other work on the machine does not lower",
                format, median(perSecond), runs, files.size(),
                String.join(", ", Arrays.stream(perSecond).mapToObj(value -> String.format(Locale.ROOT, "%.1f", value)).toList()),
                median(perCpuSecond), 1000 / median(perCpuSecond));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void pass(List<Path> files, List<byte[]> bytes) throws ExtractionException {
        for (int i = 0; i < files.size(); i++) {
            Extractor.extract(files.get(i).getFileName().toString(), bytes.get(i), IntakeCorpus.FORM, IntakeCorpus.CASE, FileLimits.DEFAULTS);
        }
    }
}
